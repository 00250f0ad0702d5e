#include "core/questionnaire/ShippedQuestionnaires.h"

#include "core/base/ResourceDirectory.h"
#include "core/questionnaire/QuestionnaireReader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>

namespace carehouse::questionnaire {

base::Result<std::vector<QuestionnaireImport>> ShippedQuestionnaires::all()
{
    static std::mutex lock;
    static std::map<std::string, std::vector<QuestionnaireImport>> cache; // by resource folder
    namespace fs = std::filesystem;
    const auto folder = base::resourcePath("questionnaires");
    std::scoped_lock guard(lock);
    if (auto it = cache.find(folder); it != cache.end())
        return it->second;
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json")
            files.push_back(it->path().string());
    if (files.empty())
        return base::Error::make(base::ErrorCode::ResourceInvalid, "questionnaires", folder).at(folder);
    std::sort(files.begin(), files.end());
    std::vector<QuestionnaireImport> out;
    for (const auto& f : files) {
        auto read = QuestionnaireReader::readFile(f);
        if (!read) {
            auto e = read.error();
            return base::Error::make(base::ErrorCode::ResourceInvalid, e.field, e.value).at(f).withDetail(e.detail);
        }
        out.push_back(std::move(read).value());
    }
    cache[folder] = out;
    return out;
}

} // namespace carehouse::questionnaire
