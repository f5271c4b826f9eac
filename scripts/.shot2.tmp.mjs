import puppeteer from 'puppeteer-core';
const [url, out, y, h] = process.argv.slice(2);
const b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--no-first-run'] });
const p = await b.newPage();
await p.setViewport({ width: 1100, height: 3600 });
await p.goto(url, { waitUntil: 'networkidle0' });
await new Promise(r => setTimeout(r, 3000));
await p.screenshot({ path: out, clip: { x: 0, y: Number(y), width: 1100, height: Number(h) }, captureBeyondViewport: true });
await b.close();
