// A single-page host that renders more later: ?late=llr-wallet adds that element one second after load, the way a
// framework route change would. ?shadow=llr-wallet renders it inside the host's OWN shadow root instead (which the
// embed cannot see from the document: the page names it in data-elements, see shadow.html).
const params = new URLSearchParams(location.search);
const late = params.get('late');
if (late) {
  setTimeout(() => document.getElementById('later').append(document.createElement(late)), 1000);
}
