-- People, their account histories (account-rules.md §1), the training catalogue and anonymous event counters.
-- Nothing here identifies a person: `person_key` is the pseudonymous key the identity provider's subject maps to,
-- never a national register number (the import refuses one), and events are counters without any identifier.

CREATE TABLE people (
  id          bigserial PRIMARY KEY,
  person_key  text NOT NULL UNIQUE CHECK (char_length(person_key) BETWEEN 1 AND 128),
  -- The history as imported, to make a second import of the same line a no-op.
  history_hash text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- The situation over time: the entry with the latest `from_date` on or before a day applies on that day.
CREATE TABLE timeline_entries (
  person_id  bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  position   integer NOT NULL CHECK (position >= 0),
  from_date  date NOT NULL,
  answers    jsonb NOT NULL,
  PRIMARY KEY (person_id, position),
  UNIQUE (person_id, from_date)
);

-- What the sources report as used, in the incentive's balance unit, in input order.
CREATE TABLE uses (
  person_id  bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  position   integer NOT NULL CHECK (position >= 0),
  use_date   date NOT NULL,
  incentive  text NOT NULL,
  amount     numeric NOT NULL CHECK (amount > 0),
  PRIMARY KEY (person_id, position)
);

-- Courses served by GET /trainings/{id}: the contract's Training document as imported.
CREATE TABLE trainings (
  id          text PRIMARY KEY,
  document    jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Usage events are never stored one by one: one counter per day, host page origin, event type and dimensions.
-- An empty string stands for an absent dimension (so the key stays a plain primary key).
CREATE TABLE event_counts (
  day        date NOT NULL,
  host       text NOT NULL,
  type       text NOT NULL,
  element    text NOT NULL,
  locale     text NOT NULL,
  rule_set   text NOT NULL,
  incentive  text NOT NULL,
  count      bigint NOT NULL CHECK (count > 0),
  PRIMARY KEY (day, host, type, element, locale, rule_set, incentive)
);
