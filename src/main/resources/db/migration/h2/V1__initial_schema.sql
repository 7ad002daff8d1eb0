-- Credit Desk schema V1: designed for the whole product (ledger, deadlines, indicators,
-- evidence, scenarios, audit) so that later features add columns rather than rewrite.
-- Every imported text is stored verbatim next to its parsed form (the *_text columns).

CREATE TABLE campaign (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(500)  NOT NULL,
    level           VARCHAR(20)   NOT NULL DEFAULT 'NATIONAL'
                    CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'OTHER')),
    issuer          VARCHAR(300),
    doc_number      VARCHAR(100),           -- 文号 as written, e.g. 邢社信发〔2021〕2号
    issue_date      DATE,                   -- reference date for deadlines without a year
    period_start    DATE,                   -- 创建期
    period_end      DATE,
    inspection_date DATE,                   -- 评估/验收 date for what-if scenarios
    source_file     VARCHAR(1000),
    source_sha256   CHAR(64),
    note            CLOB,
    created_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);

CREATE TABLE unit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL UNIQUE,
    kind       VARCHAR(20)  NOT NULL DEFAULT 'DEPARTMENT'
               CHECK (kind IN ('DEPARTMENT', 'GOVERNMENT', 'GROUP', 'OTHER')),
    contact    VARCHAR(100),
    phone      VARCHAR(50),
    note       CLOB,
    created_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE unit_alias (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id BIGINT       NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    alias   VARCHAR(200) NOT NULL UNIQUE
);

-- Task tree: SECTION (一、) -> TASK (（一）/ 1.) -> MILESTONE (one 成果形式 with its own 完成时限).
CREATE TABLE task (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id          BIGINT        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    parent_id            BIGINT        REFERENCES task (id) ON DELETE CASCADE,
    node_kind            VARCHAR(20)   NOT NULL DEFAULT 'TASK'
                         CHECK (node_kind IN ('SECTION', 'TASK', 'MILESTONE')),
    sort_order           INT           NOT NULL,
    seq_label            VARCHAR(50),            -- 序号 as written: 一、 （三） 10 1.
    title                VARCHAR(2000) NOT NULL,
    content              CLOB,                   -- 具体内容 verbatim
    deliverable          CLOB,                   -- 成果形式 verbatim
    status               VARCHAR(20)   NOT NULL DEFAULT 'NOT_STARTED'
                         CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED')),
    progress_note        CLOB,
    units_text           CLOB,                   -- 责任单位 cell verbatim
    lead_units_text      CLOB,                   -- 牵头单位 cell verbatim
    source_ref           VARCHAR(500),           -- where it came from: file / table / row
    deadline_text        VARCHAR(1000),          -- 完成时限 verbatim
    deadline_kind        VARCHAR(20)
                         CHECK (deadline_kind IN ('DATE', 'RANGE', 'PERIOD', 'RECURRING', 'RELATIVE', 'ONGOING', 'UNKNOWN')),
    deadline_start       DATE,
    deadline_due         DATE,
    deadline_recurrence  VARCHAR(200),
    deadline_review      BOOLEAN       NOT NULL DEFAULT FALSE,
    deadline_override    DATE,                   -- coordinator's date; the text stays as written
    deadline_override_note VARCHAR(1000),
    version              INT           NOT NULL DEFAULT 0,
    created_at           TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at           TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (parent_id IS NULL OR parent_id <> id),
    CHECK (deadline_start IS NULL OR deadline_due IS NULL OR deadline_due >= deadline_start)
);
CREATE INDEX task_campaign_idx ON task (campaign_id, sort_order);
CREATE INDEX task_due_idx ON task (deadline_due);

CREATE TABLE task_unit (
    task_id    BIGINT      NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    unit_id    BIGINT      NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    role       VARCHAR(20) NOT NULL CHECK (role IN ('LEAD', 'RESPONSIBLE', 'COOPERATING')),
    sort_order INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, unit_id, role)
);
CREATE INDEX task_unit_unit_idx ON task_unit (unit_id);

-- One dated occurrence of a task: a milestone named inside one deadline phrase, or one period
-- of a recurring task (每月25日前), each with its own done state.
CREATE TABLE task_occurrence (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id     BIGINT        NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    label       VARCHAR(500),
    due_date    DATE          NOT NULL,
    done        BOOLEAN       NOT NULL DEFAULT FALSE,
    done_at     TIMESTAMP,
    UNIQUE (task_id, due_date, label)
);

CREATE TABLE indicator_system (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(100)  NOT NULL UNIQUE,
    name         VARCHAR(500)  NOT NULL,
    source       VARCHAR(1000),            -- the notice it comes from
    total_points DECIMAL(8, 2),            -- documented total, where the source gives one
    builtin      BOOLEAN       NOT NULL DEFAULT FALSE,
    note         CLOB,
    created_at   TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE indicator (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    system_id   BIGINT       NOT NULL REFERENCES indicator_system (id) ON DELETE CASCADE,
    parent_id   BIGINT       REFERENCES indicator (id) ON DELETE CASCADE,
    sort_order  INT          NOT NULL,
    code        VARCHAR(50),               -- 序号 as written
    title       VARCHAR(2000) NOT NULL,
    kind        VARCHAR(20)  NOT NULL
                CHECK (kind IN ('CATEGORY', 'VETO', 'SCORED', 'BONUS', 'RULE')),
    max_points  DECIMAL(8, 2) CHECK (max_points IS NULL OR max_points >= 0),
    rule_text   CLOB,                      -- 评分标准 verbatim
    rule_json   CLOB,                      -- the typed rule the engine evaluates
    rule_note   CLOB,                      -- how an ambiguous source was read
    units_text  CLOB                       -- 责任单位 verbatim
);
CREATE INDEX indicator_system_idx ON indicator (system_id, sort_order);

CREATE TABLE indicator_unit (
    indicator_id BIGINT      NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    unit_id      BIGINT      NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    role         VARCHAR(20) NOT NULL CHECK (role IN ('LEAD', 'RESPONSIBLE', 'COOPERATING')),
    PRIMARY KEY (indicator_id, unit_id, role)
);

CREATE TABLE campaign_system (
    campaign_id BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    system_id   BIGINT NOT NULL REFERENCES indicator_system (id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, system_id)
);

CREATE TABLE evidence_requirement (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id    BIGINT        NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    indicator_id   BIGINT        REFERENCES indicator (id) ON DELETE CASCADE,
    task_id        BIGINT        REFERENCES task (id) ON DELETE CASCADE,
    text           CLOB          NOT NULL,  -- 佐证材料 verbatim
    evidence_type  VARCHAR(20)   NOT NULL DEFAULT 'OTHER'
                   CHECK (evidence_type IN ('REGULATION', 'NOTICE', 'SCREENSHOT', 'STATEMENT', 'STAMPED_SCAN', 'PHOTO', 'OTHER')),
    stamp_required BOOLEAN       NOT NULL DEFAULT FALSE,
    period_text    VARCHAR(500),
    deadline_text  VARCHAR(1000),
    deadline_due   DATE,
    deadline_review BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (indicator_id IS NOT NULL OR task_id IS NOT NULL)
);

CREATE TABLE evidence_requirement_unit (
    requirement_id BIGINT NOT NULL REFERENCES evidence_requirement (id) ON DELETE CASCADE,
    unit_id        BIGINT NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    PRIMARY KEY (requirement_id, unit_id)
);

-- Files are content-addressed: stored once whatever the number of requirements they prove.
CREATE TABLE stored_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    sha256        CHAR(64)      NOT NULL UNIQUE,
    size_bytes    BIGINT        NOT NULL CHECK (size_bytes >= 0),
    media_type    VARCHAR(200),
    original_name VARCHAR(1000) NOT NULL,
    stored_at     TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE evidence_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    requirement_id BIGINT       NOT NULL REFERENCES evidence_requirement (id) ON DELETE CASCADE,
    unit_id        BIGINT       REFERENCES unit (id) ON DELETE SET NULL,
    status         VARCHAR(20)  NOT NULL DEFAULT 'PENDING'
                   CHECK (status IN ('PENDING', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    delivered_by   VARCHAR(200),
    received_at    TIMESTAMP,
    effective_date DATE,                    -- the date it proves, not the upload date
    note           CLOB,
    return_reason  CLOB,
    version        INT          NOT NULL DEFAULT 0,
    created_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE evidence_item_file (
    item_id BIGINT NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    file_id BIGINT NOT NULL REFERENCES stored_file (id) ON DELETE RESTRICT,
    PRIMARY KEY (item_id, file_id)
);

CREATE TABLE scenario (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    system_id   BIGINT       NOT NULL REFERENCES indicator_system (id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    based_on_id BIGINT       REFERENCES scenario (id) ON DELETE SET NULL,
    created_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (campaign_id, system_id, name)
);

CREATE TABLE scenario_input (
    scenario_id  BIGINT        NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    indicator_id BIGINT        NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    input_key    VARCHAR(100)  NOT NULL,
    value_number DECIMAL(20, 6),
    value_text   VARCHAR(1000),
    PRIMARY KEY (scenario_id, indicator_id, input_key)
);

-- Append-only for the application: written in the same transaction as the change it records.
CREATE TABLE audit_log (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    at        TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    actor     VARCHAR(200) NOT NULL,
    action    VARCHAR(20)  NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE', 'IMPORT', 'OTHER')),
    entity    VARCHAR(50)  NOT NULL,
    entity_id BIGINT,
    field     VARCHAR(100),
    old_value CLOB,
    new_value CLOB,
    source    VARCHAR(1000)
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

CREATE TABLE setting (
    setting_key   VARCHAR(200) PRIMARY KEY,
    setting_value CLOB
);
