#include "core/questionnaire/QuestionnaireLibrary.h"

#include "core/base/Uuid.h"
#include "core/questionnaire/QuestionnaireReader.h"
#include "core/questionnaire/ShippedQuestionnaires.h"
#include "core/record/FieldRecordReader.h"
#include "core/record/RecordStore.h"

#include <algorithm>
#include <map>
#include <sodium.h>

namespace carehouse::questionnaire {

using base::Error;
using base::ErrorCode;
using Source = model::StoredQuestionnaire::Source;

namespace {

std::string lower(std::string s)
{
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string canonicalOf(const model::StoredQuestionnaire& s)
{
    return s.version.empty() ? s.url : s.url + "|" + s.version;
}

} // namespace

std::string QuestionnaireLibrary::recordIdFor(const std::string& url, const std::string& version)
{
    const std::string key = "questionnaire:" + url + "|" + version;
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(key.data()), key.size());
    std::array<std::uint8_t, 16> bytes{};
    std::copy(hash, hash + 16, bytes.begin());
    return base::uuidFromBytes(bytes);
}

base::Result<std::vector<QuestionnaireImport>> QuestionnaireLibrary::shipped()
{
    return ShippedQuestionnaires::all();
}

model::StoredQuestionnaire QuestionnaireLibrary::describe(const QuestionnaireImport& d, Source source) const
{
    model::StoredQuestionnaire s;
    const auto& q = d.questionnaire;
    s.id = recordIdFor(q.url, q.version);
    s.url = q.url;
    s.version = q.version;
    s.title = q.displayTitle();
    s.resourceId = q.id;
    s.source = source;
    s.fingerprint = d.fingerprint;
    s.importedOn = m_store.clock().today();
    s.importedBy = m_store.currentUser() ? m_store.currentUser()->username : std::string();
    s.itemCount = static_cast<int>(q.itemCount());
    s.unsupportedCount = static_cast<int>(d.unsupported.size());
    s.definition = d.definitionJson;
    return s;
}

base::Result<std::vector<model::StoredQuestionnaire>> QuestionnaireLibrary::storedVersions()
{
    auto rows = record::FieldRecordReader(m_store).all<model::StoredQuestionnaire>("1 ORDER BY head_seq");
    if (!rows)
        return rows.error();
    std::vector<model::StoredQuestionnaire> out;
    for (auto& r : *rows)
        out.push_back(std::move(r.value));
    return out;
}

base::Result<QuestionnaireLibrary::Imported> QuestionnaireLibrary::importFile(const std::string& path, bool dryRun)
{
    if (auto st = m_store.require(security::Permission::ManageQuestionnaires); !st)
        return st.error();
    auto read = QuestionnaireReader::readFile(path);
    if (!read)
        return read.error();
    return importDefinition(std::move(read).value(), dryRun);
}

base::Result<QuestionnaireLibrary::Imported> QuestionnaireLibrary::importDefinition(QuestionnaireImport definition,
                                                                                    bool dryRun)
{
    if (auto st = m_store.require(security::Permission::ManageQuestionnaires); !st)
        return st.error();
    Imported out;
    out.stored = describe(definition, Source::Imported);
    const auto canonical = definition.questionnaire.canonical();
    auto versionTaken = [&](const std::string& fingerprint) -> base::Status {
        if (fingerprint != out.stored.fingerprint)
            return Error::make(ErrorCode::InvalidState, "questionnaire", canonical)
                .withDetail("questionnaire-version-exists");
        return {};
    };
    auto known = shipped();
    if (!known)
        return known.error();
    for (const auto& s : *known)
        if (s.questionnaire.url == definition.questionnaire.url
            && s.questionnaire.version == definition.questionnaire.version)
            if (auto st = versionTaken(s.fingerprint); !st)
                return st.error();
    auto stored = storedVersions();
    if (!stored)
        return stored.error();
    for (const auto& s : *stored)
        if (s.id == out.stored.id) {
            if (auto st = versionTaken(s.fingerprint); !st)
                return st.error();
            out.stored = s;
            out.report = std::move(definition);
            return out; // already stored: nothing to add
        }
    out.report = std::move(definition);
    if (dryRun)
        return out;
    record::ChangeSet cs("import-questionnaire");
    cs.addRecord(out.stored);
    if (auto r = m_store.commit(cs); !r)
        return r.error();
    out.added = true;
    return out;
}

base::Result<std::vector<QuestionnaireLibrary::Entry>> QuestionnaireLibrary::list()
{
    auto stored = storedVersions();
    if (!stored)
        return stored.error();
    auto known = shipped();
    if (!known)
        return known.error();
    std::vector<Entry> out;
    for (auto& s : *stored)
        out.push_back({s, true, false});
    for (const auto& d : *known) {
        const auto id = recordIdFor(d.questionnaire.url, d.questionnaire.version);
        if (std::none_of(out.begin(), out.end(), [&](const Entry& e) { return e.stored.id == id; }))
            out.push_back({describe(d, Source::Shipped), false, false});
    }
    // Stored entries are in storage order and unstored shipped ones after them, so the last
    // entry of each url is its current version.
    std::map<std::string, std::size_t> last;
    for (std::size_t i = 0; i < out.size(); ++i)
        last[out[i].stored.url] = i;
    for (const auto& [url, i] : last)
        out[i].current = true;
    std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        if (a.current != b.current)
            return a.current;
        return a.stored.title < b.stored.title;
    });
    return out;
}

base::Result<QuestionnaireLibrary::Found> QuestionnaireLibrary::load(const model::StoredQuestionnaire& stored,
                                                                     bool isStored)
{
    auto read
        = QuestionnaireReader::readText(stored.definition, stored.resourceId.empty() ? stored.url : stored.resourceId);
    if (!read)
        return Error::make(ErrorCode::DatabaseCorrupt, "questionnaire", canonicalOf(stored))
            .withDetail(read.error().describe());
    if (read->fingerprint != stored.fingerprint)
        return Error::make(ErrorCode::DatabaseCorrupt, "questionnaire", canonicalOf(stored))
            .withDetail("definition does not match its fingerprint");
    Found f;
    f.definition = std::move(read).value();
    f.stored = stored;
    f.isStored = isStored;
    return f;
}

base::Result<QuestionnaireLibrary::Found> QuestionnaireLibrary::find(const std::string& name)
{
    auto entries = list();
    if (!entries)
        return entries.error();
    const auto wanted = lower(name);
    const Entry* match = nullptr;
    // Exact identities first: the record id, url|version, then the url's current version.
    for (const auto& e : *entries)
        if (e.stored.id == name || canonicalOf(e.stored) == name || (e.current && e.stored.url == name)) {
            match = &e;
            break;
        }
    if (!match) {
        std::vector<const Entry*> named;
        for (const auto& e : *entries)
            if (e.current && (lower(e.stored.resourceId) == wanted || lower(e.stored.title) == wanted))
                named.push_back(&e);
        if (named.empty()) {
            // The Questionnaire.name is inside the definition.
            for (const auto& e : *entries) {
                if (!e.current)
                    continue;
                auto j = nlohmann::json::parse(e.stored.definition, nullptr, false);
                if (j.is_object() && j.contains("name") && j["name"].is_string()
                    && lower(j["name"].get<std::string>()) == wanted)
                    named.push_back(&e);
            }
        }
        if (named.size() > 1)
            return Error::make(ErrorCode::InvalidArgument, "questionnaire", name).withDetail("questionnaire-ambiguous");
        if (!named.empty())
            match = named.front();
    }
    if (!match)
        return Error::make(ErrorCode::NotFound, "questionnaire", name);
    return load(match->stored, match->isStored);
}

base::Result<QuestionnaireLibrary::Found> QuestionnaireLibrary::byRecordId(const std::string& id)
{
    auto entries = list();
    if (!entries)
        return entries.error();
    for (const auto& e : *entries)
        if (e.stored.id == id)
            return load(e.stored, e.isStored);
    return Error::make(ErrorCode::NotFound, "questionnaire", id);
}

base::Result<QuestionnaireLibrary::Found> QuestionnaireLibrary::current(const std::string& url)
{
    auto entries = list();
    if (!entries)
        return entries.error();
    for (const auto& e : *entries)
        if (e.current && e.stored.url == url)
            return load(e.stored, e.isStored);
    return Error::make(ErrorCode::NotFound, "questionnaire", url);
}

} // namespace carehouse::questionnaire
