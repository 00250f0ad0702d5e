#pragma once

#include "core/base/Error.h"

#include <QCoreApplication>
#include <QString>

namespace carehouse::ui {

// Turns a typed core error into a sentence a receptionist can act on: what is wrong, with
// the value they gave, and what to do next. The only place the GUI words an error.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const base::Error& error);
    // As describe(), led by the line and field of the file it is about ("Line 7 (unit): …").
    static QString describeAt(const base::Error& error);
    // A letter template's problem (ResourceInvalid with a template-* hint) as the template editor
    // shows it: "Line 3: {practice.fax} is not a placeholder this letter can fill. …"; empty for
    // any other error.
    static QString describeTemplateProblem(const base::Error& error);
    // "results letter (Bangla)" from a template's setting key letters.template.results.bn.
    static QString templateTitle(const std::string& key);
    // A questionnaire answer's problem (ResponseValidator: field is the linkId, detail says what
    // is wrong) as the form shows it beside the question: "An answer is needed here before
    // saving." Any other error: describe().
    static QString describeResponseProblem(const base::Error& error);
    // The field's name as a form shows it ("date of birth" -> "Date of birth").
    static QString fieldName(const std::string& field);
    // An exchange file's, a peer's or a sync refusal (exchange::ExchangeError, PeerError,
    // journal::SyncError, carried in Error::detail) in words; empty for any other error.
    static QString describeExchangeProblem(const base::Error& error);
    // A stored error detail code alone (a peer's last error: "exchange-bad-signature") in words.
    static QString describeDetailCode(const std::string& detail);
};

} // namespace carehouse::ui
