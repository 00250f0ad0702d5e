#pragma once

#include "core/record/PatientDraft.h"
#include "tests/support/TempDatabase.h"

#include <QString>
#include <QWidget>
#include <catch2/catch.hpp>
#include <string>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace carehouse::testing {

// People every GUI test can rely on: two John Smiths told apart by birth date and NHS number,
// a restricted record with an address, and a few others.
struct UiPeople
{
    std::string johnSmith1945; // SMITH, John (Mr), 14-Jul-1945, 943 476 5919
    std::string johnSmith1980; // SMITH, John, 02-Mar-1980, 401 023 2137
    std::string restrictedPerson; // SMITHSON, Mary (Ms), restricted, 12 Hidden Lane
    std::string aliceJones; // JONES, Alice (Mrs), 9123456787
};

// Registers the standard people (as a nurse) and signs back in as `role`.
UiPeople addStandardPeople(TempDatabase& db, model::Role role);

record::PatientDraft draftOf(const char* family, const char* given, const char* title, const char* birth,
                             const char* nhs, const char* gender);

// A child widget by objectName, failing the test when it is missing.
template <typename T>
T* child(QObject* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        FAIL_CHECK("no child called " << name);
    return found;
}

} // namespace carehouse::testing
