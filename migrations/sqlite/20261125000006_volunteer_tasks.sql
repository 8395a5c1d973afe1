-- Volunteer tasks: what a case manager asks a volunteer, or a volunteer network, to do with a
-- client (accompany to an appointment, help with a form, ...); the volunteers' answers and
-- reports; the actions a tablet sent, each applied once; and follow-up tasks for case
-- managers. Calendar dates are 'YYYY-MM-DD' text, times 'HH:MM', instants ms, flags 0/1.

CREATE TABLE volunteer_tasks (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    step_id INTEGER REFERENCES steps (id) ON DELETE SET NULL,
    appointment_id INTEGER REFERENCES appointments (id) ON DELETE SET NULL,
    -- The volunteer network the task is offered to, and optionally one of its volunteers.
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    offered_to INTEGER REFERENCES users (id),
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    at_time TEXT,
    place TEXT NOT NULL,
    bring TEXT,
    note TEXT,
    -- offered, accepted, declined, done, cancelled
    status TEXT NOT NULL,
    volunteer_id INTEGER REFERENCES users (id),
    report TEXT,
    problem INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX volunteer_tasks_network_idx ON volunteer_tasks (organisation_id, status, on_date);
CREATE INDEX volunteer_tasks_volunteer_idx ON volunteer_tasks (volunteer_id, on_date);
CREATE INDEX volunteer_tasks_case_idx ON volunteer_tasks (case_id);

-- A volunteer who declined a task offered to the whole network no longer sees it.
CREATE TABLE volunteer_task_declines (
    task_id INTEGER NOT NULL REFERENCES volunteer_tasks (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    at INTEGER NOT NULL,
    PRIMARY KEY (task_id, user_id)
);

-- Every action a volunteer's tablet sent, under the key the tablet gave it: a retried action
-- finds its key here and is not applied again.
CREATE TABLE volunteer_task_actions (
    action_key TEXT PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES volunteer_tasks (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX volunteer_task_actions_task_idx ON volunteer_task_actions (task_id);

-- Follow-up tasks for a case manager (a volunteer reported a problem).
CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    assignee_id INTEGER NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL,
    task_id INTEGER REFERENCES volunteer_tasks (id) ON DELETE SET NULL,
    note TEXT,
    created_at INTEGER NOT NULL,
    done_at INTEGER,
    done_by INTEGER REFERENCES users (id)
);
CREATE INDEX follow_ups_assignee_idx ON follow_ups (assignee_id, done_at);
CREATE INDEX follow_ups_case_idx ON follow_ups (case_id);
