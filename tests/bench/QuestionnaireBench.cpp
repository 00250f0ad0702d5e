// Questionnaire benchmark (issue 6): a generated 200-item FHIR R4 Questionnaire (20 groups of
// 9 scored choice questions, each group's questions after the first enabled by its first
// answer) is imported (parse, checks, model) and its form model built; then a complete
// response is read, validated and scored. Each is timed over several runs and the median
// reported. Goal: import + form model < 50 ms.
//
//   carehouse-questionnaire-bench [output-folder] [runs]     writes <output-folder>/questionnaire-bench.json

#include "core/questionnaire/FormModel.h"
#include "core/questionnaire/QuestionnaireReader.h"
#include "core/questionnaire/ResponseReader.h"
#include "core/questionnaire/ResponseValidator.h"
#include "core/questionnaire/Scorer.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace carehouse;
using nlohmann::json;

namespace {

constexpr const char* kSystem = "https://carehouse.example/CodeSystem/bench";

std::string generated()
{
    json items = json::array();
    for (int g = 0; g < 20; ++g) {
        json children = json::array();
        for (int i = 0; i < 9; ++i) {
            json item = {{"linkId", fmt::format("g{}-{}", g, i)},
                         {"type", "choice"},
                         {"required", true},
                         {"code", {{{"system", kSystem}, {"code", fmt::format("item-{}-{}", g, i)}}}},
                         {"text",
                          fmt::format("Over the last 2 weeks, how often have you been bothered by problem {} "
                                      "of section {}?",
                                      i + 1, g + 1)}};
            for (int o = 0; o < 4; ++o)
                item["answerOption"].push_back(
                    {{"valueCoding",
                      {{"system", kSystem}, {"code", fmt::format("o{}", o)}, {"display", fmt::format("Option {}", o)}}},
                     {"extension",
                      {{{"url", "http://hl7.org/fhir/StructureDefinition/ordinalValue"}, {"valueDecimal", o}}}}});
            if (i > 0)
                item["enableWhen"] = {{{"question", fmt::format("g{}-0", g)},
                                       {"operator", "!="},
                                       {"answerCoding", {{"system", kSystem}, {"code", "o0"}}}}};
            children.push_back(item);
        }
        items.push_back({{"linkId", fmt::format("g{}", g)},
                         {"type", "group"},
                         {"text", fmt::format("Section {}", g + 1)},
                         {"item", children}});
    }
    json doc = {{"resourceType", "Questionnaire"},
                {"url", "https://carehouse.example/fhir/Questionnaire/bench-200"},
                {"version", "1"},
                {"title", "Generated 200-item questionnaire"},
                {"status", "active"},
                {"item", items}};
    return doc.dump(2);
}

double millisSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    const std::string outDir = argc > 1 ? argv[1] : "bench-results";
    const int runs = argc > 2 ? std::max(1, std::stoi(argv[2])) : 21;
    std::filesystem::create_directories(outDir);
    const auto text = generated();

    json answers = json::object();
    for (int g = 0; g < 20; ++g)
        for (int i = 0; i < 9; ++i)
            answers[fmt::format("g{}-{}", g, i)] = fmt::format("o{}", (g + i) % 3 + 1);

    std::vector<double> importMs, formMs, totalMs, responseMs;
    std::size_t items = 0;
    double score = 0;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        auto read = questionnaire::QuestionnaireReader::readText(text, "bench-200.json");
        if (!read) {
            std::fprintf(stderr, "import failed: %s\n", read.error().describe().c_str());
            return 1;
        }
        const double imported = millisSince(start);
        const auto formStart = std::chrono::steady_clock::now();
        auto form = questionnaire::FormModel::build(read->questionnaire);
        const double formed = millisSince(formStart);
        importMs.push_back(imported);
        formMs.push_back(formed);
        totalMs.push_back(imported + formed);
        items = form.rows().size();

        const auto responseStart = std::chrono::steady_clock::now();
        auto response = questionnaire::ResponseReader::readJson(answers, read->questionnaire, "answers.json");
        auto problems = questionnaire::ResponseValidator::validate(read->questionnaire, *response);
        auto scored = questionnaire::Scorer::score(read->questionnaire, response->answers);
        form.refresh(response->answers);
        responseMs.push_back(millisSince(responseStart));
        if (!problems.empty() || !scored.total) {
            std::fprintf(stderr, "the generated response did not validate (%zu problems)\n", problems.size());
            return 1;
        }
        score = *scored.total;
    }

    json out = {{"items", items},
                {"fileBytes", text.size()},
                {"runs", runs},
                {"importMedianMs", median(importMs)},
                {"formModelMedianMs", median(formMs)},
                {"importAndFormMedianMs", median(totalMs)},
                {"responseReadValidateScoreMedianMs", median(responseMs)},
                {"total", score},
                {"goalMs", 50}};
    std::ofstream(outDir + "/questionnaire-bench.json") << out.dump(2) << '\n';
    std::printf("Questionnaire of %zu items (%zu bytes), median of %d runs:\n", items, text.size(), runs);
    std::printf("  import (parse, checks, model)        %8.2f ms\n", median(importMs));
    std::printf("  form model built                     %8.2f ms\n", median(formMs));
    std::printf("  import + form model                  %8.2f ms   (goal < 50 ms)\n", median(totalMs));
    std::printf("  response read, validated and scored  %8.2f ms\n", median(responseMs));
    return 0;
}
