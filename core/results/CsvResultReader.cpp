#include "core/results/CsvResultReader.h"

#include "core/base/TextFold.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>
#include <map>

namespace carehouse::results {

using base::Error;
using base::ErrorCode;

namespace {

// Splits CSV records; a quoted field may hold commas, doubled quotes and line breaks.
class CsvRecords
{
public:
    explicit CsvRecords(std::istream& in)
        : m_in(in)
    {
    }
    // The next record and the line it started on; false at the end. `broken` is set when a quote never closes.
    bool next(std::vector<std::string>& fields, int& startLine, bool& broken)
    {
        fields.clear();
        broken = false;
        int c = m_in.get();
        if (c == EOF)
            return false;
        ++m_line;
        startLine = m_line;
        std::string field;
        bool quoted = false;
        bool wasQuoted = false;
        while (c != EOF) {
            const char ch = static_cast<char>(c);
            if (quoted) {
                if (ch == '"') {
                    if (m_in.peek() == '"') {
                        field.push_back('"');
                        m_in.get();
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n')
                        ++m_line;
                    field.push_back(ch);
                }
            } else if (ch == '"' && field.empty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (ch == ',') {
                fields.push_back(std::move(field));
                field.clear();
                wasQuoted = false;
            } else if (ch == '\n') {
                break;
            } else if (ch != '\r') {
                field.push_back(ch);
            }
            c = m_in.get();
        }
        if (quoted)
            broken = true;
        fields.push_back(std::move(field));
        return true;
    }

private:
    std::istream& m_in;
    int m_line = 0;
};

std::string trim(std::string s)
{
    auto notSpace = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
    s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
    return s;
}

// "NHS number", "nhs_number" and "NHS-Number" are one column.
std::string columnKey(std::string name)
{
    if (name.rfind("\xEF\xBB\xBF", 0) == 0)
        name.erase(0, 3);
    std::string out;
    for (unsigned char c : trim(name))
        out.push_back(std::isalnum(c) ? static_cast<char>(std::tolower(c)) : '_');
    return out;
}

const std::map<std::string, std::string>& aliases()
{
    static const std::map<std::string, std::string> a = {
        {"nhs_number", "nhs_number"},
        {"nhs_no", "nhs_number"},
        {"nhs", "nhs_number"},
        {"date_of_birth", "birth"},
        {"dob", "birth"},
        {"birth_date", "birth"},
        {"system", "system"},
        {"code_system", "system"},
        {"code", "code"},
        {"value", "value"},
        {"result", "value"},
        {"unit", "unit"},
        {"units", "unit"},
        {"effective_date", "effective"},
        {"effective", "effective"},
        {"date", "effective"},
        {"sample_date", "effective"},
        {"id", "id"},
        {"result_id", "id"},
    };
    return a;
}

std::optional<double> number(const std::string& text)
{
    if (text.empty())
        return std::nullopt;
    double v = 0;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return v;
}

} // namespace

base::Result<ParsedResults> CsvResultReader::read(std::istream& in, const std::string& fileName) const
{
    CsvRecords records(in);
    std::vector<std::string> fields;
    int line = 0;
    bool broken = false;
    if (!records.next(fields, line, broken))
        return Error::make(ErrorCode::MalformedInput, "header").at(fileName, 1).withDetail("the file is empty");
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        auto it = aliases().find(columnKey(fields[i]));
        if (it != aliases().end())
            column.emplace(it->second, i);
    }
    for (const char* required : {"nhs_number", "birth", "system", "code", "value", "unit", "effective"})
        if (!column.count(required))
            return Error::make(ErrorCode::MalformedInput, "header", required)
                .at(fileName, 1)
                .withDetail("missing column");

    ParsedResults out;
    out.format = formatName();
    while (records.next(fields, line, broken)) {
        if (fields.size() == 1 && trim(fields[0]).empty())
            continue; // blank line
        const std::string where = fmt::format("line {}", line);
        if (broken) {
            out.problems.push_back({Error::make(ErrorCode::MalformedInput, "quotes").at(fileName, line)});
            break; // an unclosed quote swallows the rest of the file
        }
        if (fields.size() < column.size() || fields.size() < 7) {
            out.problems.push_back({Error::make(ErrorCode::MalformedInput, "columns", std::to_string(fields.size()))
                                        .at(fileName, line)
                                        .withDetail("too few columns")});
            continue;
        }
        auto get = [&](const char* key) {
            auto it = column.find(key);
            return it == column.end() || it->second >= fields.size() ? std::string() : trim(fields[it->second]);
        };
        LabResultRow row;
        row.line = line;
        row.where = where;
        row.nhsNumber = get("nhs_number");
        row.birthDate = get("birth");
        row.system = get("system");
        row.code = get("code");
        row.valueText = get("value");
        row.unit = get("unit");
        row.effective = get("effective");
        row.sourceId = get("id");
        if (row.code.empty()) {
            out.problems.push_back({Error::make(ErrorCode::RequiredField, "code").at(fileName, line)});
            continue;
        }
        auto slash = row.valueText.find('/');
        if (slash != std::string::npos) {
            row.value = number(trim(row.valueText.substr(0, slash)));
            row.value2 = number(trim(row.valueText.substr(slash + 1)));
        } else {
            row.value = number(row.valueText);
        }
        if (!row.value || (slash != std::string::npos && !row.value2)) {
            out.problems.push_back({Error::make(ErrorCode::MalformedInput, "value", row.valueText)
                                        .at(fileName, line)
                                        .withDetail("not a number")});
            continue;
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace carehouse::results
