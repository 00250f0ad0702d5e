#pragma once

#include "core/questionnaire/AnswerValue.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace carehouse::questionnaire {

// The item types CareHouse can show and take answers for. Anything else FHIR R4 defines
// (attachment, reference, quantity, url, time, dateTime) is Unsupported: kept in the tree so
// its place and text are known, listed in the import report, and never answerable.
enum class ItemType
{
    Group,
    Display,
    Boolean,
    Decimal,
    Integer,
    Date,
    String,
    Text,
    Choice, // also R5's "coding"
    OpenChoice,
    Unsupported
};

std::string_view itemTypeCode(ItemType t);
// nullopt for a code FHIR R4 does not define at all; Unsupported for one CareHouse does not take.
std::optional<ItemType> itemTypeFromCode(std::string_view code);

struct AnswerOption
{
    AnswerValue value; // Coding, String or Integer (FHIR also allows date and time: not taken)
    // The score of choosing it: the ordinalValue or itemWeight extension; none when unscored.
    std::optional<double> score;
};

struct EnableWhen
{
    enum class Operator
    {
        Exists,
        Equal,
        NotEqual,
        Greater,
        Less,
        GreaterOrEqual,
        LessOrEqual
    };
    std::string question; // the linkId it depends on
    Operator op = Operator::Equal;
    AnswerValue answer; // answerBoolean for Exists
    // A condition CareHouse cannot evaluate (the import report says why): it is left out of
    // the item's conditions, so the item shows rather than staying hidden.
    bool ignored = false;
};

std::string_view operatorCode(EnableWhen::Operator op);
std::optional<EnableWhen::Operator> operatorFromCode(std::string_view code);

struct Item
{
    std::string linkId;
    std::string prefix; // "1." as printed beside the question
    std::string text;
    ItemType type = ItemType::Display;
    std::string fhirType; // the type as the file gave it ("attachment" for an unsupported one)
    std::vector<Coding> codes; // LOINC and others
    bool required = false;
    bool repeats = false;
    std::optional<int> maxLength;
    std::vector<AnswerOption> options;
    std::vector<EnableWhen> enableWhen;
    bool enableWhenAny = false; // enableBehavior "any"; "all" otherwise
    std::vector<Item> items; // children

    bool isQuestion() const
    {
        return type != ItemType::Group && type != ItemType::Display && type != ItemType::Unsupported;
    }
    bool hasCode(std::string_view system, std::string_view code) const;
    bool scored() const; // any option carries a score
    const AnswerOption* option(const AnswerValue& value) const;
};

// A band of the total score: from `min` (inclusive) up to the next band's min.
struct ScoreBand
{
    double min = 0;
    std::string code; // "moderate"
    std::string label; // "Moderate depression"
    // A fuller questionnaire this band suggests (PHQ-2 >= 3 suggests the PHQ-9): its url.
    std::string suggests;
};

// A flag raised by one item's score whatever the total: PHQ-9 item 9 above 0.
struct ScoreFlag
{
    std::string linkId;
    double minScore = 1;
    std::string code; // "self-harm"
    std::string label;
    bool safety = false; // a safety alert for the clinician, not just information
};

struct Scoring
{
    std::vector<ScoreBand> bands; // in ascending order of min
    std::vector<ScoreFlag> flags;
    std::optional<double> maxScore;
};

// A FHIR R4 Questionnaire as CareHouse models it: identity (url and version), the item tree,
// and the scoring (bands and flags) from CareHouse's scoring extension.
class Questionnaire
{
public:
    static constexpr const char* kScoringExtension = "https://carehouse.example/fhir/StructureDefinition/"
                                                     "questionnaire-scoring";

    Questionnaire() = default;
    // The index points into the item tree: a copy re-indexes its own tree; a move keeps the tree's storage.
    Questionnaire(const Questionnaire& other) { *this = other; }
    Questionnaire& operator=(const Questionnaire& other);
    Questionnaire(Questionnaire&&) noexcept = default;
    Questionnaire& operator=(Questionnaire&&) noexcept = default;

    std::string id; // the resource id ("phq-9")
    std::string url;
    std::string version;
    std::string name;
    std::string title;
    std::string status; // draft | active | retired | unknown
    std::string description;
    std::vector<Coding> codes; // the panel code (LOINC 44249-1)
    std::vector<Item> items;
    Scoring scoring;

    // "url|version", as a QuestionnaireResponse's questionnaire element names it.
    std::string canonical() const { return version.empty() ? url : url + "|" + version; }
    // Title, else name, else id.
    std::string displayTitle() const;

    // Call once the items are in place (the reader does): indexes every item by linkId.
    void reindex();
    const Item* find(const std::string& linkId) const;
    const Item* parentOf(const std::string& linkId) const;
    // Every item in document order (depth first), with its depth (0 at the top).
    template <typename F>
    void forEach(F&& visit) const
    {
        walk(items, 0, visit);
    }
    std::size_t itemCount() const { return m_index.size(); }
    bool scored() const; // any item carries scores

private:
    template <typename F>
    static void walk(const std::vector<Item>& list, int depth, F& visit)
    {
        for (const auto& item : list) {
            visit(item, depth);
            walk(item.items, depth + 1, visit);
        }
    }
    std::unordered_map<std::string, const Item*> m_index;
    std::unordered_map<std::string, const Item*> m_parent;
};

} // namespace carehouse::questionnaire
