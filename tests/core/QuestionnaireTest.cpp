#include "core/questionnaire/Enablement.h"
#include "core/questionnaire/FormModel.h"
#include "core/questionnaire/QuestionnaireReader.h"
#include "core/questionnaire/QuestionnaireWriter.h"
#include "core/questionnaire/ResponseReader.h"
#include "core/questionnaire/ResponseValidator.h"
#include "core/questionnaire/Scorer.h"
#include "core/questionnaire/ShippedQuestionnaires.h"
#include "core/questionnaire/UntrustedJson.h"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

using namespace carehouse;
using namespace carehouse::questionnaire;
using nlohmann::json;

namespace {

const QuestionnaireImport& shippedOne(const std::string& id)
{
    static auto all = ShippedQuestionnaires::all();
    REQUIRE(all.ok());
    for (const auto& q : *all)
        if (q.questionnaire.id == id)
            return q;
    FAIL("no shipped questionnaire " << id);
    return all->front();
}

const Questionnaire& shipped(const std::string& id)
{
    return shippedOne(id).questionnaire;
}

// Answers giving each listed item a score (0-3), written as plain answers the way the CLI takes them.
Response answersWithScores(const Questionnaire& q, const std::string& prefix, const std::vector<int>& scores)
{
    json plain = json::object();
    for (std::size_t i = 0; i < scores.size(); ++i)
        plain[fmt::format("{}-{}", prefix, i + 1)] = scores[i];
    auto r = ResponseReader::readJson(plain, q, "answers.json");
    REQUIRE(r.ok());
    return std::move(r).value();
}

// Scores summing to `total` over `items` items of 0-3, item `last` filled last.
std::vector<int> spread(int total, int items)
{
    std::vector<int> s(static_cast<std::size_t>(items), 0);
    for (int i = 0; i < items && total > 0; ++i) {
        s[static_cast<std::size_t>(i)] = std::min(3, total);
        total -= s[static_cast<std::size_t>(i)];
    }
    return s;
}

base::Result<QuestionnaireImport> readDoc(const json& doc)
{
    return QuestionnaireReader::readText(doc.dump(), "test.json");
}

json minimal(json items)
{
    return {{"resourceType", "Questionnaire"}, {"url", "https://example.org/q"}, {"version", "1"}, {"item", items}};
}

std::string detailOf(const base::Result<QuestionnaireImport>& r)
{
    return r.ok() ? std::string("ok") : r.error().detail;
}

} // namespace

TEST_CASE("CareHouse ships PHQ-9, GAD-7, PHQ-2, GAD-2 and the agenda questionnaire, all read without loss",
          "[questionnaire]")
{
    auto all = ShippedQuestionnaires::all();
    REQUIRE(all.ok());
    std::vector<std::string> ids;
    for (const auto& q : *all) {
        ids.push_back(q.questionnaire.id);
        INFO(q.questionnaire.id);
        CHECK(q.unsupported.empty());
        CHECK(q.safetyFlagsAdded.empty());
        CHECK(!q.questionnaire.version.empty());
    }
    CHECK(ids == std::vector<std::string>{"care-planning-agenda", "gad-2", "gad-7", "phq-2", "phq-9"});
    CHECK(shipped("phq-9").codes.at(0).code == "44249-1");
    CHECK(shipped("gad-7").codes.at(0).code == "69737-5");
    CHECK(shipped("phq-9").find("phq9-9")->hasCode("http://loinc.org", "44260-8"));
    CHECK(shipped("phq-9").scoring.maxScore == 27);
    CHECK(shipped("gad-7").scoring.maxScore == 21);
}

TEST_CASE("PHQ-9 scores fall in the right band at every band edge", "[questionnaire]")
{
    const auto& q = shipped("phq-9");
    const std::vector<std::pair<int, std::string>> edges{{0, "none-minimal"},
                                                         {4, "none-minimal"},
                                                         {5, "mild"},
                                                         {9, "mild"},
                                                         {10, "moderate"},
                                                         {14, "moderate"},
                                                         {15, "moderately-severe"},
                                                         {19, "moderately-severe"},
                                                         {20, "severe"},
                                                         {27, "severe"}};
    for (const auto& [total, band] : edges) {
        INFO(total);
        auto r = answersWithScores(q, "phq9", spread(total, 9));
        CHECK(ResponseValidator::validate(q, r).empty());
        auto s = Scorer::score(q, r.answers);
        REQUIRE(s.total);
        CHECK(*s.total == total);
        REQUIRE(s.band);
        CHECK(s.band->code == band);
    }
}

TEST_CASE("GAD-7 scores fall in the right band at every band edge", "[questionnaire]")
{
    const auto& q = shipped("gad-7");
    const std::vector<std::pair<int, std::string>> edges{{0, "minimal"}, {4, "minimal"},   {5, "mild"},
                                                         {9, "mild"},    {10, "moderate"}, {14, "moderate"},
                                                         {15, "severe"}, {21, "severe"}};
    for (const auto& [total, band] : edges) {
        INFO(total);
        auto r = answersWithScores(q, "gad7", spread(total, 7));
        CHECK(ResponseValidator::validate(q, r).empty());
        auto s = Scorer::score(q, r.answers);
        REQUIRE(s.total);
        CHECK(*s.total == total);
        CHECK(s.band->code == band);
        CHECK(s.flags.empty());
    }
}

TEST_CASE("PHQ-2 and GAD-2 of 3 or more suggest the full questionnaire", "[questionnaire]")
{
    for (const auto& [id, prefix, full] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"phq-2", "phq2", "phq-9"}, {"gad-2", "gad2", "gad-7"}}) {
        const auto& q = shipped(id);
        for (int total = 0; total <= 6; ++total) {
            INFO(id << " " << total);
            auto s = Scorer::score(q, answersWithScores(q, prefix, spread(total, 2)).answers);
            REQUIRE(s.total);
            CHECK(*s.total == total);
            CHECK(s.band->code == (total >= 3 ? "positive" : "below-threshold"));
            CHECK(s.band->suggests == (total >= 3 ? shipped(full).url : std::string()));
        }
    }
}

TEST_CASE("PHQ-9 item 9 above 0 raises the safety flag whatever the total", "[questionnaire]")
{
    const auto& q = shipped("phq-9");
    auto only9 = answersWithScores(q, "phq9", {0, 0, 0, 0, 0, 0, 0, 0, 1});
    auto s = Scorer::score(q, only9.answers);
    CHECK(*s.total == 1);
    CHECK(s.band->code == "none-minimal");
    CHECK(s.safetyAlert());
    CHECK(s.flagCodes() == "self-harm");

    auto highNot9 = answersWithScores(q, "phq9", {3, 3, 3, 3, 3, 3, 3, 3, 0});
    auto high = Scorer::score(q, highNot9.answers);
    CHECK(*high.total == 24);
    CHECK(!high.safetyAlert());

    // Even with other items unanswered (no total), item 9 is seen.
    Response partial;
    partial.answers["phq9-9"] = {q.find("phq9-9")->options[3].value};
    auto incomplete = Scorer::score(q, partial.answers);
    CHECK(!incomplete.total);
    CHECK(!incomplete.band);
    CHECK(incomplete.safetyAlert());
    CHECK(incomplete.unanswered.size() == 8);
}

TEST_CASE("A PHQ-9 from elsewhere without CareHouse's flag still raises the item 9 alert (LOINC 44260-8)",
          "[questionnaire]")
{
    auto doc = json::parse(shippedOne("phq-9").definitionJson);
    doc.erase("extension");
    doc["url"] = "https://example.org/loinc-phq9";
    auto read = readDoc(doc);
    REQUIRE(read.ok());
    CHECK(read->safetyFlagsAdded == std::vector<std::string>{"phq9-9"});
    auto s = Scorer::score(read->questionnaire,
                           answersWithScores(read->questionnaire, "phq9", {0, 0, 0, 0, 0, 0, 0, 0, 2}).answers);
    CHECK(s.safetyAlert());
    CHECK(!s.band); // no bands in that file: a total, but no band
    CHECK(*s.total == 2);
}

TEST_CASE("Plain answers take an option's code, display text or score", "[questionnaire]")
{
    const auto& q = shipped("phq-9");
    json plain = {{"phq9-1", "LA6569-3"}, {"phq9-2", "more than half the days"},
                  {"phq9-3", 3},          {"phq9-4", {{"system", "http://loinc.org"}, {"code", "LA6568-5"}}},
                  {"phq9-5", 0},          {"phq9-6", 0},
                  {"phq9-7", 0},          {"phq9-8", 0},
                  {"phq9-9", 0}};
    auto r = ResponseReader::readJson(plain, q, "a.json");
    REQUIRE(r.ok());
    CHECK(ResponseValidator::validate(q, *r).empty());
    CHECK(*Scorer::score(q, r->answers).total == 6);
}

TEST_CASE("Answers outside the options, of the wrong type or to unknown questions are refused, each named",
          "[questionnaire]")
{
    const auto& q = shipped("phq-9");
    json plain = {{"phq9-1", 7},   {"phq9-2", "sometimes"}, {"phq9-3", true},
                  {"nonsense", 1}, {"phq9", "x"},           {"phq9-4", {1, 2}}};
    auto r = ResponseReader::readJson(plain, q, "a.json");
    REQUIRE(r.ok());
    auto problems = ResponseValidator::validate(q, *r);
    auto has = [&](const std::string& linkId, const std::string& detail) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const base::Error& e) { return e.field == linkId && e.detail == detail; });
    };
    CHECK(has("phq9-1", "response-wrong-type")); // 7 is no option's score
    CHECK(has("phq9-2", "response-not-an-option"));
    CHECK(has("phq9-3", "response-wrong-type"));
    CHECK(has("nonsense", "response-unknown-question"));
    CHECK(has("phq9", "response-not-a-question"));
    CHECK(has("phq9-4", "response-not-repeating"));
    for (const char* missing : {"phq9-5", "phq9-6", "phq9-7", "phq9-8", "phq9-9"})
        CHECK(has(missing, "response-required"));
    // The question's text comes with the problem, for the person fixing it.
    for (const auto& p : problems)
        if (p.field == "phq9-9")
            CHECK(p.hint == "Thoughts that you would be better off dead or of hurting yourself in some way");
}

TEST_CASE("An answer to a disabled question is refused, not dropped", "[questionnaire]")
{
    const auto& q = shipped("phq-9");
    auto r = answersWithScores(q, "phq9", {0, 0, 0, 0, 0, 0, 0, 0, 0});
    r.answers["phq9-difficulty"] = {q.find("phq9-difficulty")->options[1].value};
    auto problems = ResponseValidator::validate(q, r);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == base::ErrorCode::InvalidState);
    CHECK(problems[0].detail == "response-disabled");
    CHECK(problems[0].field == "phq9-difficulty");

    // With any problem ticked, the difficulty question is enabled (enableBehavior any, !=).
    auto some = answersWithScores(q, "phq9", {0, 1, 0, 0, 0, 0, 0, 0, 0});
    some.answers["phq9-difficulty"] = {q.find("phq9-difficulty")->options[1].value};
    CHECK(ResponseValidator::validate(q, some).empty());
}

TEST_CASE("A response completed on another version of the questionnaire is refused", "[questionnaire]")
{
    const auto& q = shipped("gad-2");
    auto r = answersWithScores(q, "gad2", {1, 1});
    r.questionnaireUrl = q.url;
    r.questionnaireVersion = "0.9";
    auto problems = ResponseValidator::validate(q, r);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].code == base::ErrorCode::StaleVersion);
    CHECK(problems[0].hint == q.version);
    r.questionnaireUrl = "https://elsewhere.example/q";
    r.questionnaireVersion.clear();
    CHECK(ResponseValidator::validate(q, r).at(0).detail == "response-other-questionnaire");
}

TEST_CASE("enableWhen: every operator, with all and any", "[questionnaire]")
{
    json items = json::array({
        {{"linkId", "n"}, {"type", "integer"}},
        {{"linkId", "b"}, {"type", "boolean"}},
        {{"linkId", "d"}, {"type", "date"}},
        {{"linkId", "s"}, {"type", "string"}},
        {{"linkId", "exists"},
         {"type", "string"},
         {"enableWhen", {{{"question", "n"}, {"operator", "exists"}, {"answerBoolean", true}}}}},
        {{"linkId", "absent"},
         {"type", "string"},
         {"enableWhen", {{{"question", "n"}, {"operator", "exists"}, {"answerBoolean", false}}}}},
        {{"linkId", "eq"},
         {"type", "string"},
         {"enableWhen", {{{"question", "n"}, {"operator", "="}, {"answerInteger", 5}}}}},
        {{"linkId", "ne"},
         {"type", "string"},
         {"enableWhen", {{{"question", "n"}, {"operator", "!="}, {"answerInteger", 5}}}}},
        {{"linkId", "gt"},
         {"type", "string"},
         {"enableWhen", {{{"question", "n"}, {"operator", ">"}, {"answerInteger", 5}}}}},
        {{"linkId", "lt"},
         {"type", "string"},
         {"enableWhen", {{{"question", "n"}, {"operator", "<"}, {"answerInteger", 5}}}}},
        {{"linkId", "ge"},
         {"type", "string"},
         {"enableWhen", {{{"question", "n"}, {"operator", ">="}, {"answerDecimal", 5.0}}}}},
        {{"linkId", "le"},
         {"type", "string"},
         {"enableWhen", {{{"question", "n"}, {"operator", "<="}, {"answerInteger", 5}}}}},
        {{"linkId", "date-after"},
         {"type", "string"},
         {"enableWhen", {{{"question", "d"}, {"operator", ">"}, {"answerDate", "2026-01-01"}}}}},
        {{"linkId", "all"},
         {"type", "string"},
         {"enableBehavior", "all"},
         {"enableWhen",
          {{{"question", "b"}, {"operator", "="}, {"answerBoolean", true}},
           {{"question", "s"}, {"operator", "="}, {"answerString", "yes"}}}}},
        {{"linkId", "any"},
         {"type", "string"},
         {"enableBehavior", "any"},
         {"enableWhen",
          {{{"question", "b"}, {"operator", "="}, {"answerBoolean", true}},
           {{"question", "s"}, {"operator", "="}, {"answerString", "yes"}}}}},
        {{"linkId", "group"},
         {"type", "group"},
         {"enableWhen", {{{"question", "b"}, {"operator", "="}, {"answerBoolean", true}}}},
         {"item", {{{"linkId", "child"}, {"type", "string"}}}}},
        {{"linkId", "chained"},
         {"type", "string"},
         {"enableWhen", {{{"question", "eq"}, {"operator", "exists"}, {"answerBoolean", true}}}}},
    });
    auto read = readDoc(minimal(items));
    REQUIRE(read.ok());
    CHECK(read->unsupported.empty());
    const auto& q = read->questionnaire;
    auto enabledFor = [&](AnswerMap a) {
        Enablement e(q, a);
        std::vector<std::string> on;
        for (const char* id : {"exists", "absent", "eq", "ne", "gt", "lt", "ge", "le", "date-after", "all", "any",
                               "group", "child", "chained"})
            if (e.enabled(id))
                on.push_back(id);
        return on;
    };
    using V = std::vector<std::string>;
    CHECK(enabledFor({}) == V{"absent"}); // no answer: false for every operator but exists
    CHECK(enabledFor({{"n", {AnswerValue::ofInteger(5)}}}) == V{"exists", "eq", "ge", "le"});
    CHECK(enabledFor({{"n", {AnswerValue::ofInteger(6)}}}) == V{"exists", "ne", "gt", "ge"});
    CHECK(enabledFor({{"n", {AnswerValue::ofInteger(4)}}}) == V{"exists", "ne", "lt", "le"});
    CHECK(enabledFor({{"d", {AnswerValue::ofDate("2026-03-01")}}}) == V{"absent", "date-after"});
    CHECK(enabledFor({{"b", {AnswerValue::ofBoolean(true)}}}) == V{"absent", "any", "group", "child"});
    CHECK(enabledFor({{"b", {AnswerValue::ofBoolean(true)}}, {"s", {AnswerValue::ofString("yes")}}})
          == V{"absent", "all", "any", "group", "child"});
    CHECK(enabledFor({{"s", {AnswerValue::ofString("yes")}}}) == V{"absent", "any"});
    // A condition reads only an enabled question's answers.
    CHECK(enabledFor({{"n", {AnswerValue::ofInteger(4)}}, {"eq", {AnswerValue::ofString("x")}}})
          == V{"exists", "ne", "lt", "le"});
    CHECK(enabledFor({{"n", {AnswerValue::ofInteger(5)}}, {"eq", {AnswerValue::ofString("x")}}})
          == V{"exists", "eq", "ge", "le", "chained"});

    // The form model follows the same answers.
    auto form = FormModel::build(q);
    CHECK(form.rows().size() == q.itemCount());
    CHECK(!form.rows()[static_cast<std::size_t>(form.rowOf("child"))].enabled);
    CHECK(form.refresh({{"b", {AnswerValue::ofBoolean(true)}}}) > 0);
    CHECK(form.rows()[static_cast<std::size_t>(form.rowOf("child"))].enabled);
    CHECK(form.rows()[static_cast<std::size_t>(form.rowOf("child"))].depth == 1);
}

TEST_CASE("The agenda questionnaire asks what else only when Anything else is ticked", "[questionnaire]")
{
    const auto& q = shipped("care-planning-agenda");
    json plain = {{"topics", {"Feet", "Mood, stress and worries"}}, {"matters-most", "Keeping walking the dog"}};
    auto r = ResponseReader::readJson(plain, q, "a.json");
    REQUIRE(r.ok());
    CHECK(ResponseValidator::validate(q, *r).empty());
    CHECK(!Scorer::score(q, r->answers).scored);
    CHECK(r->answers["topics"].size() == 2);

    json other = {{"topics", {"Anything else"}}, {"topics-other", "My sleep"}};
    auto withOther = ResponseReader::readJson(other, q, "a.json");
    CHECK(ResponseValidator::validate(q, *withOther).empty());
    json notTicked = {{"topics", {"Feet"}}, {"topics-other", "My sleep"}};
    auto refused = ResponseReader::readJson(notTicked, q, "a.json");
    CHECK(ResponseValidator::validate(q, *refused).at(0).detail == "response-disabled");
}

TEST_CASE("Hostile questionnaire files are refused with the reason and where", "[questionnaire]")
{
    SECTION("nested deeper than 64")
    {
        std::string deep = R"({"resourceType":"Questionnaire","url":"u","item":)";
        for (int i = 0; i < 100; ++i)
            deep += R"([{"linkId":"x","type":"group","item":)";
        auto r = QuestionnaireReader::readText(deep, "deep.json");
        REQUIRE(!r.ok());
        CHECK(r.error().code == base::ErrorCode::MalformedInput);
        CHECK(r.error().detail == "questionnaire-nesting");
        CHECK(r.error().file == "deep.json");
        CHECK(r.error().line == 1);
    }
    SECTION("larger than the limit")
    {
        std::string huge
            = R"({"resourceType":"Questionnaire","description":")" + std::string(kMaxJsonBytes, 'a') + "\"}";
        auto r = QuestionnaireReader::readText(huge, "huge.json");
        REQUIRE(!r.ok());
        CHECK(r.error().detail == "questionnaire-too-large");
        CHECK(r.error().field == "size");
    }
    SECTION("not JSON")
    {
        auto r = QuestionnaireReader::readText("{\n\"resourceType\": \"Questionnaire\",\n oops", "bad.json");
        REQUIRE(!r.ok());
        CHECK(r.error().detail == "questionnaire-not-json");
        CHECK(r.error().line == 3);
    }
    SECTION("not a Questionnaire")
    {
        auto r = readDoc({{"resourceType", "Patient"}});
        CHECK(r.error().detail == "questionnaire-wrong-resource");
        CHECK(r.error().value == "Patient");
    }
    SECTION("duplicate linkIds")
    {
        auto r = readDoc(
            minimal({{{"linkId", "a"}, {"type", "string"}},
                     {{"linkId", "g"}, {"type", "group"}, {"item", {{{"linkId", "a"}, {"type", "string"}}}}}}));
        REQUIRE(!r.ok());
        CHECK(r.error().detail == "questionnaire-duplicate-linkid");
        CHECK(r.error().field == "$.item[1].item[0].linkId");
        CHECK(r.error().value == "a");
        CHECK(r.error().hint == "$.item[0]");
    }
    SECTION("an enableWhen naming no item")
    {
        auto r = readDoc(
            minimal({{{"linkId", "a"},
                      {"type", "string"},
                      {"enableWhen", {{{"question", "zz"}, {"operator", "exists"}, {"answerBoolean", true}}}}}}));
        CHECK(r.error().detail == "questionnaire-unknown-question");
        CHECK(r.error().field == "$.item[0].enableWhen[0].question");
        CHECK(r.error().value == "zz");
    }
    SECTION("a cycle of enableWhen")
    {
        auto cond = [](const char* q) {
            return json::array({{{"question", q}, {"operator", "exists"}, {"answerBoolean", true}}});
        };
        auto r = readDoc(minimal({{{"linkId", "a"}, {"type", "string"}, {"enableWhen", cond("c")}},
                                  {{"linkId", "b"}, {"type", "string"}, {"enableWhen", cond("a")}},
                                  {{"linkId", "c"}, {"type", "string"}, {"enableWhen", cond("b")}}}));
        REQUIRE(!r.ok());
        CHECK(r.error().detail == "questionnaire-cycle");
        CHECK_THAT(r.error().value, Catch::Contains("a -> ") && Catch::Contains("b") && Catch::Contains("c"));
        auto self = readDoc(minimal({{{"linkId", "a"}, {"type", "string"}, {"enableWhen", cond("a")}}}));
        CHECK(self.error().detail == "questionnaire-cycle");
        // A group enabled by its own child can never be shown either.
        auto child = readDoc(minimal({{{"linkId", "g"},
                                       {"type", "group"},
                                       {"enableWhen", cond("k")},
                                       {"item", {{{"linkId", "k"}, {"type", "string"}}}}}}));
        CHECK(child.error().detail == "questionnaire-cycle");
    }
    SECTION("a long chain of conditions is not a cycle and does not exhaust the stack")
    {
        json items = json::array({{{"linkId", "q0"}, {"type", "boolean"}}});
        for (int i = 1; i < 5000; ++i)
            items.push_back(
                {{"linkId", fmt::format("q{}", i)},
                 {"type", "boolean"},
                 {"enableWhen",
                  {{{"question", fmt::format("q{}", i - 1)}, {"operator", "exists"}, {"answerBoolean", true}}}}});
        auto r = readDoc(minimal(items));
        REQUIRE(r.ok());
        Enablement e(r->questionnaire, {});
        CHECK(!e.enabled("q4999"));
    }
    SECTION("an unknown operator, a missing linkId, no url, no items")
    {
        CHECK(detailOf(
                  readDoc(minimal({{{"linkId", "a"}, {"type", "string"}},
                                   {{"linkId", "b"},
                                    {"type", "string"},
                                    {"enableWhen", {{{"question", "a"}, {"operator", "~"}, {"answerString", "x"}}}}}})))
              == "questionnaire-bad-operator");
        CHECK(detailOf(readDoc(minimal({{{"type", "string"}}}))) == "questionnaire-required");
        CHECK(readDoc({{"resourceType", "Questionnaire"}, {"item", {{{"linkId", "a"}, {"type", "string"}}}}})
                  .error()
                  .field
              == "$.url");
        CHECK(readDoc(minimal(json::array())).error().field == "$.item");
        CHECK(readDoc(minimal({{{"linkId", 5}, {"type", "string"}}})).error().detail == "questionnaire-wrong-type");
    }
}

TEST_CASE("What CareHouse does not support is listed item by item, never dropped silently", "[questionnaire]")
{
    json doc = minimal({
        {{"linkId", "photo"}, {"type", "attachment"}, {"text", "A photo of your foot"}, {"required", true}},
        {{"linkId", "gp"}, {"type", "reference"}},
        {{"linkId", "weight"}, {"type", "quantity"}},
        {{"linkId", "odd"}, {"type", "slider"}},
        {{"linkId", "vs"}, {"type", "choice"}, {"answerValueSet", "http://example.org/ValueSet/x"}},
        {{"linkId", "opts"},
         {"type", "choice"},
         {"answerOption", {{{"valueCoding", {{"code", "a"}}}}, {{"valueDate", "2026-01-01"}}}},
         {"extension", {{{"url", "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"}}}}},
        {{"linkId", "after"},
         {"type", "string"},
         {"enableWhen", {{{"question", "weight"}, {"operator", "exists"}, {"answerBoolean", true}}}}},
        {{"linkId", "bad-op"},
         {"type", "string"},
         {"enableWhen", {{{"question", "opts"}, {"operator", ">"}, {"answerCoding", {{"code", "a"}}}}}}},
        {{"linkId", "qty"},
         {"type", "string"},
         {"enableWhen", {{{"question", "opts"}, {"operator", "="}, {"answerQuantity", {{"value", 3}}}}}}},
        {{"linkId", "init"}, {"type", "string"}, {"initial", {{{"valueString", "x"}}}}},
        {{"linkId", "mod"}, {"type", "string"}, {"modifierExtension", {{{"url", "http://example.org/mod"}}}}},
    });
    doc["extension"] = {{{"url", "http://example.org/ext/ignored"}}};
    auto read = readDoc(doc);
    REQUIRE(read.ok());
    auto listed = [&](const std::string& linkId, UnsupportedFeature::Kind kind) {
        return std::any_of(read->unsupported.begin(), read->unsupported.end(),
                           [&](const UnsupportedFeature& u) { return u.linkId == linkId && u.kind == kind; });
    };
    using K = UnsupportedFeature::Kind;
    CHECK(listed("photo", K::ItemType));
    CHECK(listed("gp", K::ItemType));
    CHECK(listed("weight", K::ItemType));
    CHECK(listed("odd", K::ItemType));
    CHECK(listed("vs", K::AnswerValueSet));
    CHECK(listed("opts", K::AnswerOption));
    CHECK(listed("opts", K::Extension));
    CHECK(listed("after", K::EnableWhen));
    CHECK(listed("bad-op", K::EnableWhen));
    CHECK(listed("qty", K::EnableWhen));
    CHECK(listed("init", K::Element));
    CHECK(listed("mod", K::ModifierExtension));
    CHECK(listed("", K::Extension)); // on the Questionnaire itself
    const auto& q = read->questionnaire;
    CHECK(q.find("photo")->type == ItemType::Unsupported);
    CHECK(!q.find("photo")->required); // never required: no response could ever be complete
    CHECK(q.find("vs")->type == ItemType::Unsupported);
    CHECK(q.find("opts")->options.size() == 1);
    CHECK(q.find("mod")->type == ItemType::Unsupported);
    // Each entry says where it is.
    for (const auto& u : read->unsupported)
        CHECK_THAT(u.path, Catch::StartsWith("$"));
    // An ignored condition leaves the item shown; an unsupported item cannot be answered.
    Enablement e(q, {});
    CHECK(e.enabled("after"));
    Response r;
    r.answers["photo"] = {AnswerValue::ofString("x")};
    CHECK(ResponseValidator::validate(q, r).at(0).detail == "response-unsupported-item");
}

TEST_CASE("Definitions and responses export as FHIR R4 and import back the same", "[questionnaire]")
{
    for (const char* id : {"phq-9", "gad-7", "phq-2", "gad-2", "care-planning-agenda"}) {
        INFO(id);
        const auto& q = shipped(id);
        auto exported = QuestionnaireWriter::definition(q);
        auto again = QuestionnaireReader::readJson(exported, "exported.json");
        REQUIRE(again.ok());
        CHECK(again->unsupported.empty());
        CHECK(QuestionnaireWriter::definition(again->questionnaire) == exported);
        CHECK(again->questionnaire.canonical() == q.canonical());
    }
    const auto& q = shipped("phq-9");
    auto r = answersWithScores(q, "phq9", {1, 2, 3, 0, 1, 2, 3, 0, 1});
    r.answers["phq9-difficulty"] = {q.find("phq9-difficulty")->options[2].value};
    r.authored = "2026-11-20";
    r.completedBy = Response::CompletedBy::Staff;
    r.completedByUser = "hca";
    auto fhir = QuestionnaireWriter::response(q, r, {"Patient/p1", "9434765919", "hca"}, Scorer::score(q, r.answers));
    CHECK(fhir["questionnaire"] == q.url + "|" + q.version);
    CHECK(fhir["source"]["identifier"]["value"] == "hca");
    CHECK(fhir["extension"][0]["valueDecimal"] == 13.0);
    CHECK(fhir["item"][0]["linkId"] == "phq9"); // nested as the questionnaire nests them
    auto back = ResponseReader::readJson(fhir, q, "qr.json");
    REQUIRE(back.ok());
    CHECK(back->answers == r.answers);
    CHECK(back->questionnaireVersion == q.version);
    CHECK(back->authored == "2026-11-20");
    CHECK(ResponseValidator::validate(q, *back).empty());
}

TEST_CASE("A generated 200-item questionnaire reads, validates and scores", "[questionnaire]")
{
    json items = json::array();
    for (int g = 0; g < 20; ++g) {
        json children = json::array();
        for (int i = 0; i < 9; ++i) {
            json item = {{"linkId", fmt::format("g{}-{}", g, i)},
                         {"type", "choice"},
                         {"required", i == 0},
                         {"text", fmt::format("Question {} of group {}", i, g)}};
            for (int o = 0; o < 4; ++o)
                item["answerOption"].push_back(
                    {{"valueCoding", {{"system", "http://example.org/cs"}, {"code", fmt::format("o{}", o)}}},
                     {"extension",
                      {{{"url", "http://hl7.org/fhir/StructureDefinition/itemWeight"}, {"valueDecimal", o}}}}});
            if (i > 0)
                item["enableWhen"] = {{{"question", fmt::format("g{}-0", g)},
                                       {"operator", "!="},
                                       {"answerCoding", {{"system", "http://example.org/cs"}, {"code", "o0"}}}}};
            children.push_back(item);
        }
        items.push_back({{"linkId", fmt::format("g{}", g)}, {"type", "group"}, {"item", children}});
    }
    auto read = readDoc(minimal(items));
    REQUIRE(read.ok());
    CHECK(read->questionnaire.itemCount() == 200);
    Response r;
    for (int g = 0; g < 20; ++g)
        r.answers[fmt::format("g{}-0", g)] = {read->questionnaire.find(fmt::format("g{}-0", g))->options[0].value};
    CHECK(ResponseValidator::validate(read->questionnaire, r).empty());
    CHECK(*Scorer::score(read->questionnaire, r.answers).total == 0);
}
