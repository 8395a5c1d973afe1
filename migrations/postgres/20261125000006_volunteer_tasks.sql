-- Volunteer tasks: what a case manager asks a volunteer, or a volunteer network, to do with a
-- client (accompany to an appointment, help with a form, ...); the volunteers' answers and
-- reports; the actions a tablet sent, each applied once; and follow-up tasks for case
-- managers. Calendar dates are 'YYYY-MM-DD' text, times 'HH:MM', instants ms, flags 0/1.

CREATE TABLE volunteer_tasks (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    step_id BIGINT REFERENCES steps (id) ON DELETE SET NULL,
    appointment_id BIGINT REFERENCES appointments (id) ON DELETE SET NULL,
    -- The volunteer network the task is offered to, and optionally one of its volunteers.
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    offered_to BIGINT REFERENCES users (id),
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    at_time TEXT,
    place TEXT NOT NULL,
    bring TEXT,
    note TEXT,
    -- offered, accepted, declined, done, cancelled
    status TEXT NOT NULL,
    volunteer_id BIGINT REFERENCES users (id),
    report TEXT,
    problem BIGINT NOT NULL DEFAULT 0,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX volunteer_tasks_network_idx ON volunteer_tasks (organisation_id, status, on_date);
CREATE INDEX volunteer_tasks_volunteer_idx ON volunteer_tasks (volunteer_id, on_date);
CREATE INDEX volunteer_tasks_case_idx ON volunteer_tasks (case_id);

-- A volunteer who declined a task offered to the whole network no longer sees it.
CREATE TABLE volunteer_task_declines (
    task_id BIGINT NOT NULL REFERENCES volunteer_tasks (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    at BIGINT NOT NULL,
    PRIMARY KEY (task_id, user_id)
);

-- Every action a volunteer's tablet sent, under the key the tablet gave it: a retried action
-- finds its key here and is not applied again.
CREATE TABLE volunteer_task_actions (
    action_key TEXT PRIMARY KEY,
    task_id BIGINT NOT NULL REFERENCES volunteer_tasks (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX volunteer_task_actions_task_idx ON volunteer_task_actions (task_id);

-- Follow-up tasks for a case manager (a volunteer reported a problem).
CREATE TABLE follow_ups (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    assignee_id BIGINT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    task_id BIGINT REFERENCES volunteer_tasks (id) ON DELETE SET NULL,
    note TEXT,
    created_at BIGINT NOT NULL,
    done_at BIGINT,
    done_by BIGINT REFERENCES users (id)
);
CREATE INDEX follow_ups_assignee_idx ON follow_ups (assignee_id, done_at);
CREATE INDEX follow_ups_case_idx ON follow_ups (case_id);
