#include "core/results/LabResultReader.h"

#include "core/results/CsvResultReader.h"
#include "core/results/FhirResultReader.h"

#include <filesystem>
#include <fstream>

namespace carehouse::results {

namespace {

// Larger than any laboratory's daily file by far; a bigger file is refused rather than read into memory.
constexpr std::uintmax_t kMaxFileBytes = 64u * 1024u * 1024u;

} // namespace

std::unique_ptr<LabResultReader> LabResultReader::forContent(const std::string& firstBytes)
{
    for (char c : firstBytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '{' || c == '[')
            return std::make_unique<FhirResultReader>();
        break;
    }
    return std::make_unique<CsvResultReader>();
}

base::Result<ParsedResults> LabResultReader::readFile(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec)
        return base::Error::make(base::ErrorCode::NotFound, "results file", path).at(path).withDetail(ec.message());
    if (size > kMaxFileBytes)
        return base::Error::make(base::ErrorCode::MalformedInput, "size", std::to_string(size))
            .at(path)
            .withDetail("file larger than 64 MiB");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return base::Error::make(base::ErrorCode::IoFailed, "results file", path).at(path);
    std::string head(512, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    // A UTF-8 byte order mark says nothing about the format.
    if (head.rfind("\xEF\xBB\xBF", 0) == 0)
        head.erase(0, 3);
    in.clear();
    in.seekg(0);
    auto reader = forContent(head);
    return reader->read(in, fs::path(path).filename().string());
}

} // namespace carehouse::results
