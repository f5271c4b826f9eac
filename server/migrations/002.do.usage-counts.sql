-- Usage signals as counters only (issue 15, api/openapi.yaml: UsageBatch). The counters of version 1's single
-- events (event_counts: per page origin, element, language and rule set) had another meaning and nothing reads
-- them any more: they go.
DROP TABLE event_counts;

-- One counter per period × host × counter × dimension: never a raw signal, a time of day, an address or any
-- identifier. `period` is a day (Belgian time) while it is recent, and the Monday of its ISO week once it is
-- older than the retention period (LLR_DAILY_COUNTS_DAYS): the rows of a week's days are then added into one
-- week row. `host` is the embedding site's configured name; `subject` and `detail` are the counter's dimensions
-- (a question and its number, an incentive and an outcome, a wallet state; '' when absent).
CREATE TABLE usage_counts (
  period     date NOT NULL,
  grain      text NOT NULL CHECK (grain IN ('day', 'week')),
  host       text NOT NULL CHECK (char_length(host) BETWEEN 1 AND 32),
  counter    text NOT NULL CHECK (char_length(counter) BETWEEN 1 AND 64),
  subject    text NOT NULL CHECK (char_length(subject) <= 64),
  detail     text NOT NULL CHECK (char_length(detail) <= 16),
  count      bigint NOT NULL CHECK (count > 0),
  PRIMARY KEY (period, grain, host, counter, subject, detail),
  CHECK (grain = 'day' OR extract(isodow FROM period) = 1)
);
