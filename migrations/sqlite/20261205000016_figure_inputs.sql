-- The programme figures' own inputs: what the figures count of a case, a plan, an
-- appointment or a referral, kept when the retention schedule deletes the record. A row names
-- no person, case or record: only what the figures group and filter by (a moment or a day,
-- the district, the organisation that kept the case, a catalogue code, a number of days).
-- Steps due carry a number drawn at random per deleted case, so that the figures can still
-- count how many people a domain's steps concern; nothing links it to the case that was.
--   case-opened   at = opened,          label = phase
--   case-domain   at = case opened,     label = life domain, label2 = phase
--   case-closed   at = closed,          label = closure reason
--   first-plan    on_day = agreed on,   days = days from the case's opening
--   step-due      on_day = due date,    label = life domain, flag = done on time, person
--   course-start  at = started,         label = course type, partner_id = provider,
--                                       days = access time, days2 = waiting time
--   referral      at = sent,            label = status, partner_id = partner, days = answer
--   interpreter   on_day = appointment, flag = interpreter arranged
CREATE TABLE figure_inputs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    at BIGINT,
    on_day TEXT,
    district TEXT,
    organisation_id BIGINT,
    label TEXT,
    label2 TEXT,
    partner_id BIGINT,
    days BIGINT,
    days2 BIGINT,
    flag BIGINT,
    person BIGINT,
    kept_at BIGINT NOT NULL
);
CREATE INDEX figure_inputs_at_idx ON figure_inputs (kind, at);
CREATE INDEX figure_inputs_day_idx ON figure_inputs (kind, on_day);

-- The schedule deletes people, cases and plans: each deleted step, appointment, task or
-- client looks up the rows that point to it (to empty or delete them). Without an index on
-- these columns every such look-up reads the whole table (a plan's deletion took about 0.3 s
-- per case at 100,000 clients).
CREATE INDEX appointments_step_idx ON appointments (step_id);
CREATE INDEX referrals_step_idx ON referrals (step_id);
CREATE INDEX volunteer_tasks_client_idx ON volunteer_tasks (client_id);
CREATE INDEX volunteer_tasks_step_idx ON volunteer_tasks (step_id);
CREATE INDEX volunteer_tasks_appointment_idx ON volunteer_tasks (appointment_id);
CREATE INDEX follow_ups_task_idx ON follow_ups (task_id);
