#include "core/model/StoredQuestionnaire.h"

namespace carehouse::model {

std::string_view questionnaireSourceCode(StoredQuestionnaire::Source s)
{
    return s == StoredQuestionnaire::Source::Shipped ? "shipped" : "imported";
}

StoredQuestionnaire::Source questionnaireSourceFromCode(std::string_view code)
{
    return code == "shipped" ? StoredQuestionnaire::Source::Shipped : StoredQuestionnaire::Source::Imported;
}

} // namespace carehouse::model
