#include "core/db/Migrations.h"

#include "core/db/Connection.h"

#include <fmt/format.h>
#include <vector>

namespace carehouse::db {

namespace {

// Never edit a migration that has shipped: add a new one.
const std::vector<const char*>& migrations()
{
    static const std::vector<const char*> list = {
        // 1: site identity, journal, current tables, users, audit
        R"sql(
CREATE TABLE site (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  site_uuid TEXT NOT NULL,
  name TEXT NOT NULL,
  incarnation TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
-- Sites and incarnations are referred to by small integer keys: the journal holds millions of
-- versions, and a 36-character UUID in every row (and index entry) doubles its size.
CREATE TABLE site_directory (id INTEGER PRIMARY KEY, site_uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE origin (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE clock_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  last_hlc INTEGER NOT NULL,
  last_counter INTEGER NOT NULL
);
CREATE TABLE journal (
  seq INTEGER PRIMARY KEY,
  origin INTEGER NOT NULL REFERENCES origin (id),
  counter INTEGER NOT NULL,
  record_id TEXT NOT NULL,
  record_type TEXT NOT NULL,
  patient_id TEXT,
  hlc INTEGER NOT NULL,
  parents TEXT NOT NULL,
  author TEXT NOT NULL,
  author_site INTEGER NOT NULL REFERENCES site_directory (id),
  payload TEXT NOT NULL,
  UNIQUE (origin, counter)
);
CREATE INDEX journal_by_patient ON journal (patient_id, seq);
CREATE TABLE patient (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  nhs_number TEXT,
  title TEXT,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  given_key TEXT NOT NULL,
  family_key TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  gender TEXT NOT NULL,
  address_line1 TEXT,
  address_line2 TEXT,
  town TEXT,
  postcode TEXT,
  phone TEXT,
  restricted INTEGER NOT NULL,
  practice TEXT,
  sharing_consent TEXT NOT NULL,
  preferred_language TEXT,
  large_print INTEGER NOT NULL,
  ethnicity TEXT
) WITHOUT ROWID;
CREATE INDEX patient_by_family ON patient (family_key, given_key);
CREATE INDEX patient_by_given ON patient (given_key);
CREATE INDEX patient_by_nhs ON patient (nhs_number);
CREATE INDEX patient_by_birth ON patient (birth_date);
CREATE TABLE condition (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  code TEXT NOT NULL,
  term TEXT NOT NULL,
  onset_date TEXT,
  status TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX condition_by_patient ON condition (patient_id);
CREATE TABLE observation (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  code TEXT NOT NULL,
  effective TEXT NOT NULL,
  value REAL,
  value2 REAL,
  value_code TEXT,
  unit TEXT,
  status TEXT NOT NULL
);
CREATE INDEX observation_by_patient ON observation (patient_id, code, effective);
CREATE TABLE user_account (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  username TEXT NOT NULL,
  site_uuid TEXT NOT NULL,
  action TEXT NOT NULL,
  patient_id TEXT,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_by_patient ON audit (patient_id) WHERE patient_id IS NOT NULL;
)sql",
        // 2: the surveillance appointment, laboratory results and the yearly cycle
        R"sql(
ALTER TABLE observation ADD COLUMN original_value REAL;
ALTER TABLE observation ADD COLUMN original_unit TEXT;
ALTER TABLE observation ADD COLUMN source TEXT NOT NULL DEFAULT 'entered';
ALTER TABLE observation ADD COLUMN source_key TEXT;
ALTER TABLE observation ADD COLUMN note TEXT;
ALTER TABLE observation ADD COLUMN request_id TEXT;
CREATE INDEX observation_by_source_key ON observation (source_key) WHERE source_key IS NOT NULL;
CREATE INDEX observation_by_effective ON observation (effective, code);
CREATE TABLE lab_request (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  code TEXT NOT NULL,
  requested_on TEXT NOT NULL,
  status TEXT NOT NULL,
  observation_id TEXT
) WITHOUT ROWID;
CREATE INDEX lab_request_by_patient ON lab_request (patient_id, status);
CREATE TABLE result_review (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  observation_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  comment TEXT,
  reviewed_on TEXT NOT NULL,
  reviewer TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX result_review_by_observation ON result_review (observation_id);
CREATE TABLE unmatched_result (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  reason TEXT NOT NULL,
  status TEXT NOT NULL,
  nhs_number TEXT,
  birth_date TEXT,
  system TEXT,
  code TEXT NOT NULL,
  value REAL,
  value2 REAL,
  original_value REAL,
  original_unit TEXT,
  effective TEXT,
  source_key TEXT,
  source_file TEXT,
  received_on TEXT,
  matched_patient_id TEXT REFERENCES patient (id),
  matched_observation_id TEXT,
  note TEXT
) WITHOUT ROWID;
CREATE INDEX unmatched_by_status ON unmatched_result (status);
CREATE INDEX unmatched_by_source_key ON unmatched_result (source_key);
CREATE TABLE invitation (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  sent_on TEXT NOT NULL,
  method TEXT NOT NULL,
  note TEXT
) WITHOUT ROWID;
CREATE INDEX invitation_by_patient ON invitation (patient_id, sent_on);
CREATE TABLE appointment (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  minute_of_day INTEGER NOT NULL,
  with_whom TEXT,
  place TEXT,
  status TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX appointment_by_patient ON appointment (patient_id, date);
CREATE TABLE care_exception (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  kind TEXT NOT NULL,
  reason TEXT NOT NULL,
  recorded_on TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  withdrawn INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX care_exception_by_patient ON care_exception (patient_id);
CREATE TABLE sent_letter (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  kind TEXT NOT NULL,
  sent_on TEXT NOT NULL,
  language TEXT,
  large_print INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  record_version INTEGER NOT NULL,
  batch_id TEXT,
  sent_by TEXT
) WITHOUT ROWID;
CREATE INDEX sent_letter_by_patient ON sent_letter (patient_id, sent_on);
)sql",
        // 3: the letters log keeps each letter's composed content, to re-print it identically
        R"sql(
ALTER TABLE sent_letter ADD COLUMN content TEXT;
)sql",
        // 4: questionnaire definitions (the practice's) and people's completed questionnaires
        R"sql(
CREATE TABLE questionnaire (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  url TEXT NOT NULL,
  version TEXT,
  title TEXT NOT NULL,
  resource_id TEXT,
  source TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  imported_on TEXT NOT NULL,
  imported_by TEXT,
  item_count INTEGER NOT NULL,
  unsupported_count INTEGER NOT NULL,
  definition TEXT NOT NULL
) WITHOUT ROWID;
CREATE UNIQUE INDEX questionnaire_by_url ON questionnaire (url, COALESCE(version, ''));
CREATE TABLE questionnaire_response (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  questionnaire_id TEXT NOT NULL,
  questionnaire_url TEXT NOT NULL,
  questionnaire_version TEXT,
  questionnaire_title TEXT NOT NULL,
  authored TEXT NOT NULL,
  completed_by TEXT NOT NULL,
  completed_by_user TEXT,
  entered_by TEXT NOT NULL,
  total_score REAL,
  band TEXT,
  band_label TEXT,
  flags TEXT,
  safety_alert INTEGER NOT NULL,
  status TEXT NOT NULL,
  answers TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX questionnaire_response_by_patient ON questionnaire_response (patient_id, questionnaire_url, authored);
)sql",
        // 5: care plans from the care planning consultation, and the referrals made in them
        R"sql(
CREATE TABLE care_plan (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  consulted_on TEXT NOT NULL,
  clinician TEXT,
  next_review TEXT,
  previous_plan_id TEXT,
  plan TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX care_plan_by_patient ON care_plan (patient_id, consulted_on);
CREATE TABLE referral (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  care_plan_id TEXT,
  service_id TEXT,
  service_name TEXT NOT NULL,
  reason TEXT,
  status TEXT NOT NULL,
  sent_on TEXT NOT NULL,
  status_on TEXT NOT NULL,
  note TEXT
) WITHOUT ROWID;
CREATE INDEX referral_by_patient ON referral (patient_id, sent_on);
)sql",
        // 6: clinicians' acknowledgements of questionnaire safety alerts (PHQ-9 item 9 above 0)
        R"sql(
CREATE TABLE safety_alert_acknowledgement (
  id TEXT PRIMARY KEY,
  head_seq INTEGER NOT NULL,
  patient_id TEXT NOT NULL REFERENCES patient (id),
  response_id TEXT NOT NULL,
  acknowledged_by TEXT NOT NULL,
  acknowledged_on TEXT NOT NULL,
  acknowledged_at INTEGER NOT NULL,
  note TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX safety_alert_acknowledgement_by_patient ON safety_alert_acknowledgement (patient_id, response_id);
)sql",
        // 7: why a completed questionnaire was marked entered in error (wrong person, wrong form)
        R"sql(
ALTER TABLE questionnaire_response ADD COLUMN status_reason TEXT;
ALTER TABLE questionnaire_response ADD COLUMN status_changed_by TEXT;
)sql",
        // 8: exchange trust: this site's sealed key pairs (old ones kept after a rotation), its
        // organisation for the site card, its incarnations, and its peers with their keys
        // (rotated and revoked ones kept), sharing rules and exchange status
        R"sql(
CREATE TABLE site_key (
  id INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,
  signing_key TEXT NOT NULL,
  encryption_key TEXT NOT NULL,
  sealed TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  retired_at INTEGER,
  retired_by TEXT
);
CREATE UNIQUE INDEX site_key_one_current ON site_key ((retired_at IS NULL)) WHERE retired_at IS NULL;
CREATE TABLE site_organisation (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  ods_code TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE site_incarnation (
  origin INTEGER PRIMARY KEY REFERENCES origin (id),
  started_at INTEGER NOT NULL,
  reason TEXT NOT NULL,
  started_by TEXT NOT NULL,
  previous_origin INTEGER REFERENCES origin (id),
  file_device INTEGER,
  file_inode INTEGER
);
CREATE TABLE peer (
  id INTEGER PRIMARY KEY,
  site_uuid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  organisation_name TEXT NOT NULL,
  ods_code TEXT NOT NULL,
  signing_key TEXT NOT NULL,
  encryption_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  card_created_at INTEGER NOT NULL,
  sharing_rule TEXT NOT NULL CHECK (sharing_rule IN ('consented', 'referred', 'all', 'list')),
  added_at INTEGER NOT NULL,
  added_by TEXT NOT NULL,
  revoked_at INTEGER,
  revoked_by TEXT,
  revoke_reason TEXT,
  last_sent_at INTEGER,
  last_received_at INTEGER,
  last_error TEXT,
  last_error_at INTEGER
);
CREATE TABLE peer_key (
  id INTEGER PRIMARY KEY,
  peer INTEGER NOT NULL REFERENCES peer (id),
  fingerprint TEXT NOT NULL UNIQUE,
  signing_key TEXT NOT NULL,
  encryption_key TEXT NOT NULL,
  card_created_at INTEGER NOT NULL,
  added_at INTEGER NOT NULL,
  added_by TEXT NOT NULL,
  replaced_at INTEGER,
  revoked_at INTEGER
);
CREATE INDEX peer_key_by_peer ON peer_key (peer);
CREATE TABLE peer_service (
  peer INTEGER NOT NULL REFERENCES peer (id),
  service_id TEXT NOT NULL,
  PRIMARY KEY (peer, service_id)
) WITHOUT ROWID;
CREATE TABLE peer_patient (
  peer INTEGER NOT NULL REFERENCES peer (id),
  patient_id TEXT NOT NULL REFERENCES patient (id),
  added_at INTEGER NOT NULL,
  added_by TEXT NOT NULL,
  PRIMARY KEY (peer, patient_id)
) WITHOUT ROWID;
)sql",
        // 9: records whose versions from different sites conflict (two or more heads: versions no
        // other version names as a parent), with those heads, until a clinician resolves them
        R"sql(
CREATE TABLE record_conflict (
  record_id TEXT PRIMARY KEY,
  record_type TEXT NOT NULL,
  patient_id TEXT,
  opened_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX record_conflict_by_patient ON record_conflict (patient_id) WHERE patient_id IS NOT NULL;
CREATE TABLE record_conflict_head (
  record_id TEXT NOT NULL REFERENCES record_conflict (record_id) ON DELETE CASCADE,
  seq INTEGER NOT NULL REFERENCES journal (seq),
  PRIMARY KEY (record_id, seq)
) WITHOUT ROWID;
)sql",
        // 10: what each peer has said it holds (the acknowledgements inside its files), so the
        // next export to it carries only what it lacks
        R"sql(
CREATE TABLE peer_holds (
  site_uuid TEXT PRIMARY KEY,
  holds TEXT NOT NULL,
  updated_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql",
        // 11: a record a clinician linked to another holding the same person (two records with
        // one NHS number, met through an exchange); NULL for every record made before links
        R"sql(
ALTER TABLE patient ADD COLUMN linked_to TEXT;
)sql",
    };
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(migrations().size());
}

base::Status Migrations::checkCompatible(Connection& connection)
{
    auto appId = connection.scalarInt("PRAGMA application_id");
    if (!appId) {
        auto e = appId.error();
        if (e.code == base::ErrorCode::DatabaseCorrupt)
            e.code = base::ErrorCode::NotCareHouseDatabase;
        return e;
    }
    auto version = connection.scalarInt("PRAGMA user_version");
    auto objects = connection.scalarInt("SELECT count(*) FROM sqlite_schema");
    if (!version || !objects)
        return version ? objects.error() : version.error();
    bool empty = *objects == 0 && *appId == 0 && *version == 0;
    if (!empty && *appId != kApplicationId)
        return base::Error::make(base::ErrorCode::NotCareHouseDatabase).at(connection.path());
    if (*version > latestVersion()) {
        auto e = base::Error::make(base::ErrorCode::DatabaseTooNew, "schema version", std::to_string(*version));
        e.file = connection.path();
        e.detail = fmt::format("this program knows up to version {}", latestVersion());
        return e;
    }
    return {};
}

base::Status Migrations::migrate(Connection& connection)
{
    auto version = connection.scalarInt("PRAGMA user_version");
    if (!version)
        return version.error();
    const auto& list = migrations();
    for (auto v = static_cast<std::size_t>(*version); v < list.size(); ++v) {
        if (auto st = connection.exec("BEGIN IMMEDIATE"); !st)
            return st;
        std::string sql = list[v];
        sql += fmt::format("\nPRAGMA application_id = {};\nPRAGMA user_version = {};", kApplicationId, v + 1);
        if (auto st = connection.exec(sql); !st) {
            (void)connection.exec("ROLLBACK");
            return st;
        }
        if (auto st = connection.exec("COMMIT"); !st) {
            (void)connection.exec("ROLLBACK");
            return st;
        }
    }
    return {};
}

} // namespace carehouse::db
