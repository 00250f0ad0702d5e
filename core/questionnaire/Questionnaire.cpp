#include "core/questionnaire/Questionnaire.h"

#include <array>
#include <utility>

namespace carehouse::questionnaire {

namespace {

constexpr std::array<std::pair<std::string_view, ItemType>, 11> kTypes{{
    {"group", ItemType::Group},
    {"display", ItemType::Display},
    {"boolean", ItemType::Boolean},
    {"decimal", ItemType::Decimal},
    {"integer", ItemType::Integer},
    {"date", ItemType::Date},
    {"string", ItemType::String},
    {"text", ItemType::Text},
    {"choice", ItemType::Choice},
    {"open-choice", ItemType::OpenChoice},
    {"coding", ItemType::Choice},
}};

// FHIR R4 item types CareHouse does not take answers for (and R4's predecessor's "question").
constexpr std::array<std::string_view, 8> kUnsupported{"dateTime",  "time",     "url",      "attachment",
                                                       "reference", "quantity", "question", "question-group"};

constexpr std::array<std::pair<std::string_view, EnableWhen::Operator>, 7> kOperators{{
    {"exists", EnableWhen::Operator::Exists},
    {"=", EnableWhen::Operator::Equal},
    {"!=", EnableWhen::Operator::NotEqual},
    {">", EnableWhen::Operator::Greater},
    {"<", EnableWhen::Operator::Less},
    {">=", EnableWhen::Operator::GreaterOrEqual},
    {"<=", EnableWhen::Operator::LessOrEqual},
}};

} // namespace

std::string_view itemTypeCode(ItemType t)
{
    for (const auto& [code, type] : kTypes)
        if (type == t)
            return code;
    return "unsupported";
}

std::optional<ItemType> itemTypeFromCode(std::string_view code)
{
    for (const auto& [c, type] : kTypes)
        if (c == code)
            return type;
    for (auto c : kUnsupported)
        if (c == code)
            return ItemType::Unsupported;
    return std::nullopt;
}

std::string_view operatorCode(EnableWhen::Operator op)
{
    for (const auto& [code, o] : kOperators)
        if (o == op)
            return code;
    return "=";
}

std::optional<EnableWhen::Operator> operatorFromCode(std::string_view code)
{
    for (const auto& [c, o] : kOperators)
        if (c == code)
            return o;
    return std::nullopt;
}

bool Item::hasCode(std::string_view system, std::string_view code) const
{
    for (const auto& c : codes)
        if (c.code == code && (system.empty() || c.system == system))
            return true;
    return false;
}

bool Item::scored() const
{
    for (const auto& o : options)
        if (o.score)
            return true;
    return false;
}

const AnswerOption* Item::option(const AnswerValue& value) const
{
    for (const auto& o : options)
        if (o.value.equals(value))
            return &o;
    return nullptr;
}

Questionnaire& Questionnaire::operator=(const Questionnaire& other)
{
    if (this == &other)
        return *this;
    id = other.id;
    url = other.url;
    version = other.version;
    name = other.name;
    title = other.title;
    status = other.status;
    description = other.description;
    codes = other.codes;
    items = other.items;
    scoring = other.scoring;
    reindex();
    return *this;
}

std::string Questionnaire::displayTitle() const
{
    if (!title.empty())
        return title;
    return name.empty() ? id : name;
}

void Questionnaire::reindex()
{
    m_index.clear();
    m_parent.clear();
    struct Walker
    {
        Questionnaire& q;
        void operator()(const std::vector<Item>& list, const Item* parent)
        {
            for (const auto& item : list) {
                q.m_index.emplace(item.linkId, &item);
                if (parent)
                    q.m_parent.emplace(item.linkId, parent);
                (*this)(item.items, &item);
            }
        }
    };
    Walker{*this}(items, nullptr);
}

const Item* Questionnaire::find(const std::string& linkId) const
{
    auto it = m_index.find(linkId);
    return it == m_index.end() ? nullptr : it->second;
}

const Item* Questionnaire::parentOf(const std::string& linkId) const
{
    auto it = m_parent.find(linkId);
    return it == m_parent.end() ? nullptr : it->second;
}

bool Questionnaire::scored() const
{
    bool any = false;
    forEach([&](const Item& item, int) { any = any || item.scored(); });
    return any;
}

} // namespace carehouse::questionnaire
