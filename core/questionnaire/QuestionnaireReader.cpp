#include "core/questionnaire/QuestionnaireReader.h"

#include "core/questionnaire/UntrustedJson.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <map>
#include <set>
#include <sodium.h>

namespace carehouse::questionnaire {

using base::Error;
using base::ErrorCode;
using nlohmann::json;
using Kind = UnsupportedFeature::Kind;
using Consequence = UnsupportedFeature::Consequence;

namespace {

constexpr const char* kOrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
constexpr const char* kItemWeight = "http://hl7.org/fhir/StructureDefinition/itemWeight";
// ordinalValue's name before R4's technical correction; files in the wild still carry it.
constexpr const char* kCoValue = "http://hl7.org/fhir/StructureDefinition/iso21090-CO-value";
constexpr const char* kLoinc = "http://loinc.org";
constexpr const char* kPhq9Item9 = "44260-8";

// Thrown inside the reader only, caught by readJson: a file is refused at its first problem.
struct Refusal
{
    Error error;
};

std::string sha256Hex(const std::string& text)
{
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    std::string out;
    for (unsigned char b : hash)
        out += fmt::format("{:02x}", b);
    return out;
}

class Reader
{
public:
    Reader(std::string fileName, QuestionnaireImport& out)
        : m_file(std::move(fileName))
        , m_out(out)
    {
    }

    [[noreturn]] void refuse(const std::string& path, const char* reason, std::string value = {},
                             std::string hint = {}) const
    {
        auto e = Error::make(ErrorCode::MalformedInput, path, std::move(value)).at(m_file).withDetail(reason);
        e.hint = std::move(hint);
        throw Refusal{std::move(e)};
    }

    void list(Kind kind, Consequence c, const std::string& path, const std::string& linkId, std::string what)
    {
        m_out.unsupported.push_back({kind, c, path, linkId, std::move(what)});
    }

    std::string text(const json& j, const char* key, const std::string& path, bool required = false) const
    {
        auto it = j.find(key);
        if (it == j.end() || it->is_null()) {
            if (required)
                refuse(path + "." + key, "questionnaire-required");
            return {};
        }
        if (!it->is_string())
            refuse(path + "." + key, "questionnaire-wrong-type", it->dump().substr(0, 60));
        if (required && it->get_ref<const std::string&>().empty())
            refuse(path + "." + key, "questionnaire-required");
        return it->get<std::string>();
    }

    bool boolean(const json& j, const char* key, const std::string& path) const
    {
        auto it = j.find(key);
        if (it == j.end() || it->is_null())
            return false;
        if (!it->is_boolean())
            refuse(path + "." + key, "questionnaire-wrong-type", it->dump().substr(0, 60));
        return it->get<bool>();
    }

    const json* array(const json& j, const char* key, const std::string& path) const
    {
        auto it = j.find(key);
        if (it == j.end() || it->is_null())
            return nullptr;
        if (!it->is_array())
            refuse(path + "." + key, "questionnaire-wrong-type", it->dump().substr(0, 60));
        return &*it;
    }

    const json& object(const json& j, const std::string& path) const
    {
        if (!j.is_object())
            refuse(path, "questionnaire-wrong-type", j.dump().substr(0, 60));
        return j;
    }

    Coding coding(const json& j, const std::string& path) const
    {
        object(j, path);
        Coding c;
        c.system = text(j, "system", path);
        c.code = text(j, "code", path);
        c.display = text(j, "display", path);
        if (c.code.empty())
            refuse(path + ".code", "questionnaire-required");
        return c;
    }

    std::vector<Coding> codings(const json& j, const char* key, const std::string& path) const
    {
        std::vector<Coding> out;
        if (const auto* list = array(j, key, path))
            for (std::size_t i = 0; i < list->size(); ++i)
                out.push_back(coding((*list)[i], fmt::format("{}.{}[{}]", path, key, i)));
        return out;
    }

    std::optional<double> number(const json& j) const
    {
        for (const char* key : {"valueDecimal", "valueInteger"})
            if (auto it = j.find(key); it != j.end() && it->is_number())
                return it->get<double>();
        return std::nullopt;
    }

    // The score extensions of an option (on the option or on its valueCoding); other
    // extensions are listed.
    std::optional<double> optionScore(const json& option, const std::string& path, const std::string& linkId)
    {
        std::optional<double> score;
        auto scan = [&](const json& holder, const std::string& where) {
            const auto* exts = array(holder, "extension", where);
            if (!exts)
                return;
            for (std::size_t i = 0; i < exts->size(); ++i) {
                const auto extPath = fmt::format("{}.extension[{}]", where, i);
                const auto& ext = object((*exts)[i], extPath);
                const auto url = text(ext, "url", extPath, true);
                if (url == kOrdinalValue || url == kItemWeight || url == kCoValue) {
                    auto v = number(ext);
                    if (!v)
                        refuse(extPath, "questionnaire-required", url);
                    score = v;
                } else {
                    list(Kind::Extension, Consequence::Ignored, extPath, linkId, url);
                }
            }
        };
        scan(option, path);
        if (auto vc = option.find("valueCoding"); vc != option.end() && vc->is_object())
            scan(*vc, path + ".valueCoding");
        return score;
    }

    std::optional<AnswerValue> valueX(const json& j, const char* prefix, const std::string& path,
                                      std::string& unsupportedKey) const
    {
        std::optional<AnswerValue> found;
        int count = 0;
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key.rfind(prefix, 0) != 0 || key.size() == std::strlen(prefix))
                continue;
            ++count;
            const std::string suffix = key.substr(std::strlen(prefix));
            const auto where = path + "." + key;
            const auto& v = it.value();
            if (suffix == "Boolean" && v.is_boolean())
                found = AnswerValue::ofBoolean(v.get<bool>());
            else if (suffix == "Integer" && v.is_number_integer())
                found = AnswerValue::ofInteger(v.get<std::int64_t>());
            else if (suffix == "Decimal" && v.is_number())
                found = AnswerValue::ofDecimal(v.get<double>());
            else if (suffix == "String" && v.is_string())
                found = AnswerValue::ofString(v.get<std::string>());
            else if (suffix == "Date" && v.is_string())
                found = AnswerValue::ofDate(v.get<std::string>());
            else if (suffix == "Coding")
                found = AnswerValue::ofCoding(coding(v, where));
            else if (suffix == "Boolean" || suffix == "Integer" || suffix == "Decimal" || suffix == "String"
                     || suffix == "Date")
                refuse(where, "questionnaire-wrong-type", v.dump().substr(0, 60));
            else
                unsupportedKey = key;
        }
        if (count > 1)
            refuse(path, "questionnaire-no-answer", std::to_string(count));
        return found;
    }

    void readExtensions(const json& j, const std::string& path, const std::string& linkId)
    {
        if (const auto* exts = array(j, "extension", path))
            for (std::size_t i = 0; i < exts->size(); ++i) {
                const auto extPath = fmt::format("{}.extension[{}]", path, i);
                const auto url = text(object((*exts)[i], extPath), "url", extPath, true);
                list(Kind::Extension, Consequence::Ignored, extPath, linkId, url);
            }
    }

    Item item(const json& j, const std::string& path)
    {
        object(j, path);
        if (++m_items > QuestionnaireReader::kMaxItems)
            refuse(path, "questionnaire-too-many-items", std::to_string(QuestionnaireReader::kMaxItems));
        Item it;
        it.linkId = text(j, "linkId", path, true);
        if (auto [where, fresh] = m_linkIds.emplace(it.linkId, path); !fresh)
            refuse(path + ".linkId", "questionnaire-duplicate-linkid", it.linkId, where->second);
        it.text = text(j, "text", path);
        it.prefix = text(j, "prefix", path);
        it.fhirType = text(j, "type", path, true);
        it.required = boolean(j, "required", path);
        it.repeats = boolean(j, "repeats", path);
        it.codes = codings(j, "code", path);
        if (auto ml = j.find("maxLength"); ml != j.end() && !ml->is_null()) {
            if (!ml->is_number_integer() || ml->get<std::int64_t>() < 1)
                refuse(path + ".maxLength", "questionnaire-wrong-type", ml->dump().substr(0, 60));
            it.maxLength = static_cast<int>(std::min<std::int64_t>(ml->get<std::int64_t>(), 1 << 20));
        }

        if (auto type = itemTypeFromCode(it.fhirType)) {
            it.type = *type;
        } else {
            it.type = ItemType::Unsupported;
        }
        if (it.type == ItemType::Unsupported)
            list(Kind::ItemType, Consequence::NotAnswerable, path, it.linkId, it.fhirType);

        readExtensions(j, path, it.linkId);
        if (const auto* mods = array(j, "modifierExtension", path); mods && !mods->empty()) {
            for (std::size_t i = 0; i < mods->size(); ++i) {
                const auto extPath = fmt::format("{}.modifierExtension[{}]", path, i);
                list(Kind::ModifierExtension, Consequence::NotAnswerable, extPath, it.linkId,
                     text(object((*mods)[i], extPath), "url", extPath, true));
            }
            it.type = ItemType::Unsupported;
        }
        for (const char* element : {"initial", "readOnly", "answerConstraint", "disabledDisplay"})
            if (auto e = j.find(element); e != j.end() && !e->is_null() && *e != json(false))
                list(Kind::Element, Consequence::Ignored, path + "." + element, it.linkId, element);

        if (const auto* options = array(j, "answerOption", path)) {
            if (options->size() > static_cast<std::size_t>(QuestionnaireReader::kMaxOptions))
                refuse(path + ".answerOption", "questionnaire-too-many-items",
                       std::to_string(QuestionnaireReader::kMaxOptions));
            for (std::size_t i = 0; i < options->size(); ++i) {
                const auto optPath = fmt::format("{}.answerOption[{}]", path, i);
                const auto& o = object((*options)[i], optPath);
                std::string other;
                auto value = valueX(o, "value", optPath, other);
                if (!value || value->kind == AnswerValue::Kind::Boolean || value->kind == AnswerValue::Kind::Decimal
                    || value->kind == AnswerValue::Kind::Date) {
                    if (!value && other.empty())
                        refuse(optPath, "questionnaire-required", "value[x]");
                    list(Kind::AnswerOption, Consequence::OptionLeftOut, optPath, it.linkId,
                         other.empty() ? std::string("value") + std::string(value->fhirSuffix()) : other);
                    continue;
                }
                if (o.contains("initialSelected"))
                    list(Kind::Element, Consequence::Ignored, optPath + ".initialSelected", it.linkId,
                         "initialSelected");
                AnswerOption option{*value, optionScore(o, optPath, it.linkId)};
                it.options.push_back(std::move(option));
            }
        }
        if (auto vs = j.find("answerValueSet"); vs != j.end() && !vs->is_null()) {
            const bool listed = !it.options.empty();
            list(Kind::AnswerValueSet, listed ? Consequence::Ignored : Consequence::NotAnswerable,
                 path + ".answerValueSet", it.linkId, vs->is_string() ? vs->get<std::string>() : vs->dump());
            if (!listed && it.type == ItemType::Choice)
                it.type = ItemType::Unsupported;
        } else if (it.type == ItemType::Choice && it.options.empty()) {
            list(Kind::AnswerOption, Consequence::NotAnswerable, path, it.linkId, "choice without answerOption");
            it.type = ItemType::Unsupported;
        }
        // An unanswerable item can never be required: a response would always be refused.
        if (it.type == ItemType::Unsupported)
            it.required = false;

        if (const auto* conditions = array(j, "enableWhen", path)) {
            for (std::size_t i = 0; i < conditions->size(); ++i) {
                const auto cPath = fmt::format("{}.enableWhen[{}]", path, i);
                const auto& c = object((*conditions)[i], cPath);
                EnableWhen ew;
                ew.question = text(c, "question", cPath, true);
                const auto op = text(c, "operator", cPath, true);
                auto parsed = operatorFromCode(op);
                if (!parsed)
                    refuse(cPath + ".operator", "questionnaire-bad-operator", op);
                ew.op = *parsed;
                std::string other;
                auto answer = valueX(c, "answer", cPath, other);
                if (!answer && other.empty())
                    refuse(cPath, "questionnaire-no-answer");
                if (!answer) {
                    list(Kind::EnableWhen, Consequence::ConditionIgnored, cPath + "." + other, it.linkId, other);
                    ew.ignored = true;
                } else {
                    ew.answer = *answer;
                }
                m_conditionPaths[it.linkId].push_back(cPath);
                it.enableWhen.push_back(std::move(ew));
            }
            const auto behaviour = text(j, "enableBehavior", path);
            if (behaviour == "any")
                it.enableWhenAny = true;
            else if (!behaviour.empty() && behaviour != "all")
                refuse(path + ".enableBehavior", "questionnaire-bad-operator", behaviour);
            else if (behaviour.empty() && conditions->size() > 1)
                list(Kind::Element, Consequence::Ignored, path + ".enableBehavior", it.linkId,
                     "enableBehavior missing (all conditions must hold)");
        }

        if (const auto* children = array(j, "item", path))
            for (std::size_t i = 0; i < children->size(); ++i)
                it.items.push_back(item((*children)[i], fmt::format("{}.item[{}]", path, i)));
        return it;
    }

    // Scoring: CareHouse's own extension on the Questionnaire (bands and flags), so the scoring
    // travels with the definition when it is exported and imported again.
    void readScoring(const json& ext, const std::string& path, Scoring& s)
    {
        const auto* parts = array(ext, "extension", path);
        if (!parts)
            refuse(path + ".extension", "questionnaire-bad-scoring");
        for (std::size_t i = 0; i < parts->size(); ++i) {
            const auto pPath = fmt::format("{}.extension[{}]", path, i);
            const auto& part = object((*parts)[i], pPath);
            const auto url = text(part, "url", pPath, true);
            std::map<std::string, json> fields;
            if (const auto* sub = array(part, "extension", pPath))
                for (const auto& f : *sub)
                    if (f.is_object() && f.contains("url") && f["url"].is_string())
                        for (auto v = f.begin(); v != f.end(); ++v)
                            if (v.key().rfind("value", 0) == 0)
                                fields[f["url"].get<std::string>()] = v.value();
            auto field = [&](const char* name) -> std::string {
                auto it = fields.find(name);
                return it != fields.end() && it->second.is_string() ? it->second.get<std::string>() : std::string();
            };
            auto numberField = [&](const char* name) -> std::optional<double> {
                auto it = fields.find(name);
                if (it == fields.end() || !it->second.is_number())
                    return std::nullopt;
                return it->second.get<double>();
            };
            if (url == "band") {
                ScoreBand b;
                auto min = numberField("min");
                b.code = field("code");
                b.label = field("label");
                b.suggests = field("suggests");
                if (!min || b.code.empty())
                    refuse(pPath, "questionnaire-bad-scoring", "band");
                b.min = *min;
                if (!s.bands.empty() && b.min <= s.bands.back().min)
                    refuse(pPath, "questionnaire-bad-scoring", fmt::format("{:g}", b.min));
                s.bands.push_back(std::move(b));
            } else if (url == "flag") {
                ScoreFlag f;
                f.linkId = field("linkId");
                f.code = field("code");
                f.label = field("label");
                f.minScore = numberField("minScore").value_or(1);
                if (auto safety = fields.find("safety"); safety != fields.end() && safety->second.is_boolean())
                    f.safety = safety->second.get<bool>();
                if (f.linkId.empty() || f.code.empty())
                    refuse(pPath, "questionnaire-bad-scoring", "flag");
                m_flagPaths.push_back(pPath);
                s.flags.push_back(std::move(f));
            } else if (url == "maxScore") {
                s.maxScore = number(part);
            } else {
                list(Kind::Extension, Consequence::Ignored, pPath, {}, url);
            }
        }
    }

    void checkConditions(const Questionnaire& q)
    {
        q.forEach([&](const Item& item, int) {
            auto& conditions = const_cast<Item&>(item).enableWhen;
            const auto& paths = m_conditionPaths[item.linkId];
            for (std::size_t i = 0; i < conditions.size(); ++i) {
                auto& c = conditions[i];
                const auto& path = paths[i];
                const Item* question = q.find(c.question);
                if (!question)
                    refuse(path + ".question", "questionnaire-unknown-question", c.question);
                if (c.ignored)
                    continue;
                auto ignore = [&](std::string why) {
                    c.ignored = true;
                    list(Kind::EnableWhen, Consequence::ConditionIgnored, path, item.linkId, std::move(why));
                };
                if (!question->isQuestion()) {
                    ignore(fmt::format("depends on '{}', an item of type '{}' that takes no answer", question->linkId,
                                       question->fhirType));
                    continue;
                }
                using Op = EnableWhen::Operator;
                using K = AnswerValue::Kind;
                if (c.op == Op::Exists) {
                    if (c.answer.kind != K::Boolean)
                        ignore("exists without answerBoolean");
                    continue;
                }
                const K a = c.answer.kind;
                bool fits = false;
                switch (question->type) {
                case ItemType::Boolean: fits = a == K::Boolean; break;
                case ItemType::Integer:
                case ItemType::Decimal: fits = a == K::Integer || a == K::Decimal; break;
                case ItemType::Date: fits = a == K::Date; break;
                case ItemType::String:
                case ItemType::Text: fits = a == K::String; break;
                case ItemType::Choice:
                case ItemType::OpenChoice: fits = a == K::Coding || a == K::String || a == K::Integer; break;
                default: break;
                }
                const bool ordered = c.op != Op::Equal && c.op != Op::NotEqual;
                if (!fits)
                    ignore(fmt::format("answer{} on the {} question '{}'", c.answer.fhirSuffix(), question->fhirType,
                                       question->linkId));
                else if (ordered && (a == K::Boolean || a == K::Coding))
                    ignore(fmt::format("operator '{}' on answer{}", operatorCode(c.op), c.answer.fhirSuffix()));
            }
        });
    }

    // Items that enable one another in a circle can never be shown: refuse the file. An item
    // also depends on its parent (a child shows only when its parent does).
    void checkCycles(const Questionnaire& q)
    {
        std::map<std::string, std::vector<std::string>> edges;
        q.forEach([&](const Item& item, int) {
            auto& out = edges[item.linkId];
            for (const auto& c : item.enableWhen)
                out.push_back(c.question);
            if (const Item* parent = q.parentOf(item.linkId))
                out.push_back(parent->linkId);
        });
        std::map<std::string, int> state; // 0 unseen, 1 on the path, 2 done
        std::vector<std::string> stack;
        // Iterative depth-first search, so a long chain of conditions cannot exhaust the stack.
        for (const auto& [start, unused] : edges) {
            if (state[start] != 0)
                continue;
            std::vector<std::pair<std::string, std::size_t>> work{{start, 0}};
            state[start] = 1;
            stack.push_back(start);
            while (!work.empty()) {
                auto& [node, next] = work.back();
                const auto& out = edges[node];
                if (next == out.size()) {
                    state[node] = 2;
                    stack.pop_back();
                    work.pop_back();
                    continue;
                }
                const std::string target = out[next++];
                if (state[target] == 1) {
                    std::string circle;
                    auto from = std::find(stack.begin(), stack.end(), target);
                    for (auto it = from; it != stack.end(); ++it)
                        circle += *it + " -> ";
                    circle += target;
                    refuse(m_linkIds[target], "questionnaire-cycle", circle);
                }
                if (state[target] == 0) {
                    state[target] = 1;
                    stack.push_back(target);
                    work.emplace_back(target, 0);
                }
            }
        }
    }

    void run(const json& doc)
    {
        if (!doc.is_object())
            refuse("$", "questionnaire-wrong-resource", doc.is_array() ? "array" : "value");
        const auto type = doc.contains("resourceType") && doc["resourceType"].is_string()
            ? doc["resourceType"].get<std::string>()
            : std::string();
        if (type != "Questionnaire")
            refuse("$.resourceType", "questionnaire-wrong-resource", type);
        auto& q = m_out.questionnaire;
        q.id = text(doc, "id", "$");
        q.url = text(doc, "url", "$", true);
        q.version = text(doc, "version", "$");
        q.name = text(doc, "name", "$");
        q.title = text(doc, "title", "$");
        q.status = text(doc, "status", "$");
        q.description = text(doc, "description", "$");
        q.codes = codings(doc, "code", "$");
        if (const auto* mods = array(doc, "modifierExtension", "$"); mods && !mods->empty())
            refuse("$.modifierExtension[0]", "questionnaire-modifier-extension");
        if (const auto* exts = array(doc, "extension", "$"))
            for (std::size_t i = 0; i < exts->size(); ++i) {
                const auto extPath = fmt::format("$.extension[{}]", i);
                const auto& ext = object((*exts)[i], extPath);
                const auto url = text(ext, "url", extPath, true);
                if (url == Questionnaire::kScoringExtension)
                    readScoring(ext, extPath, q.scoring);
                else
                    list(Kind::Extension, Consequence::Ignored, extPath, {}, url);
            }
        const auto* items = array(doc, "item", "$");
        if (!items || items->empty())
            refuse("$.item", "questionnaire-required");
        for (std::size_t i = 0; i < items->size(); ++i)
            q.items.push_back(item((*items)[i], fmt::format("$.item[{}]", i)));
        q.reindex();
        checkConditions(q);
        checkCycles(q);
        for (std::size_t i = 0; i < q.scoring.flags.size(); ++i) {
            const auto& f = q.scoring.flags[i];
            const Item* flagged = q.find(f.linkId);
            if (!flagged)
                refuse(m_flagPaths[i], "questionnaire-unknown-question", f.linkId);
            if (!flagged->scored())
                refuse(m_flagPaths[i], "questionnaire-bad-scoring", f.linkId);
        }
        // The safety net: an item coded as PHQ-9 item 9 raises the self-harm flag whether or not
        // the file says so (CLINICAL.md: item 9 above 0 must be seen, whatever the total).
        std::vector<ScoreFlag> added;
        q.forEach([&](const Item& item, int) {
            if (!item.hasCode(kLoinc, kPhq9Item9) || !item.scored())
                return;
            for (const auto& f : q.scoring.flags)
                if (f.linkId == item.linkId && f.safety && f.minScore <= 1)
                    return;
            added.push_back(
                {item.linkId, 1, "self-harm", "Thoughts of self-harm (PHQ-9 item 9) answered above 0", true});
            m_out.safetyFlagsAdded.push_back(item.linkId);
        });
        for (auto& f : added)
            q.scoring.flags.push_back(std::move(f));
    }

private:
    std::string m_file;
    QuestionnaireImport& m_out;
    std::size_t m_items = 0;
    std::map<std::string, std::string> m_linkIds; // linkId -> path of its item
    std::map<std::string, std::vector<std::string>> m_conditionPaths; // by linkId
    std::vector<std::string> m_flagPaths;
};

} // namespace

base::Result<QuestionnaireImport> QuestionnaireReader::readJson(const json& doc, const std::string& fileName)
{
    QuestionnaireImport out;
    out.fileName = fileName;
    try {
        Reader(fileName, out).run(doc);
    } catch (const Refusal& r) {
        return r.error;
    }
    out.definitionJson = doc.dump();
    out.fingerprint = sha256Hex(out.definitionJson);
    return out;
}

base::Result<QuestionnaireImport> QuestionnaireReader::readText(const std::string& text, const std::string& fileName)
{
    auto doc = parseUntrustedJson(text, fileName);
    if (!doc)
        return doc.error();
    return readJson(*doc, fileName);
}

base::Result<QuestionnaireImport> QuestionnaireReader::readFile(const std::string& path)
{
    auto text = readUntrustedFile(path);
    if (!text)
        return text.error();
    return readText(*text, std::filesystem::path(path).filename().string());
}

} // namespace carehouse::questionnaire
