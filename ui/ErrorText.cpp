#include "ui/ErrorText.h"

#include "core/base/CivilDate.h"
#include "core/base/Log.h"
#include "core/exchange/ExchangeError.h"
#include "core/exchange/PeerError.h"
#include "core/journal/SyncError.h"
#include "core/letters/LetterTemplate.h"
#include "core/letters/PracticeTemplates.h"
#include "core/model/NhsNumber.h"

#include <QLocale>

namespace carehouse::ui {

using base::ErrorCode;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

QString ErrorText::fieldName(const std::string& field)
{
    if (field.empty())
        return tr("This field");
    QString f = q(field);
    if (field == "NHS number")
        return f;
    f[0] = f[0].toUpper();
    return f;
}

QString ErrorText::describe(const base::Error& e)
{
    const QString field = q(e.field);
    const QString value = q(e.value);
    const QString file = q(e.file.empty() ? e.value : e.file);
    if (const QString exchange = describeExchangeProblem(e); !exchange.isEmpty())
        return exchange;
    switch (e.code) {
    case ErrorCode::InvalidArgument:
        if (value.isEmpty())
            return tr("%1 is not valid. Check what was entered.").arg(fieldName(e.field));
        return tr("\"%1\" is not a valid %2. Choose one of the options offered.").arg(value, field);
    case ErrorCode::RequiredField: return tr("%1 is needed. Fill it in before saving.").arg(fieldName(e.field));
    case ErrorCode::NhsNumberFormat:
        return tr("The NHS number %1 is not valid: it must be 10 digits. "
                  "Check it against the person's letter or card, or leave it empty if not known.")
            .arg(value);
    case ErrorCode::NhsNumberCheckDigit: {
        auto digits = model::NhsNumber::digitsOnly(e.value);
        QString shown
            = digits.size() == 10 ? q(digits.substr(0, 3) + " " + digits.substr(3, 3) + " " + digits.substr(6)) : value;
        return tr("The NHS number %1 is not valid: its check digit does not match. "
                  "Check it against the person's letter or card.")
            .arg(shown);
    }
    case ErrorCode::DateFormat:
        return tr("\"%1\" is not a date CareHouse understands for the %2. "
                  "Type it as day, month and four-digit year, e.g. 14/07/1945 or 14-Jul-1945.")
            .arg(value, field.isEmpty() ? tr("date") : field);
    case ErrorCode::DateInFuture:
        return tr("The %1 %2 is in the future. Check the year.").arg(field.isEmpty() ? tr("date") : field, value);
    case ErrorCode::DateImplausible:
        return tr("The %1 %2 is too long ago to be right. Check the year.")
            .arg(field.isEmpty() ? tr("date") : field, value);
    case ErrorCode::DuplicateNhsNumber:
        return tr("Someone with NHS number %1 is already registered. Search for them instead of "
                  "registering them again.")
            .arg(value);
    case ErrorCode::ImplausibleValue:
        if (!e.hint.empty())
            return tr("%1 %2 is outside the range a person can have (%3). Check the value and its unit.")
                .arg(fieldName(e.field), value, q(e.hint));
        return tr("%1 %2 is outside the range a person can have. Check the value and its unit.")
            .arg(fieldName(e.field), value);
    case ErrorCode::UnknownCode:
        return tr("\"%1\" is not a %2 CareHouse knows. Choose one from the list.")
            .arg(value, field.isEmpty() ? tr("code") : field);
    case ErrorCode::NotFound:
        if (e.field == "database")
            return tr("There is no CareHouse database at %1. Choose File > Open database… to pick another file.")
                .arg(file);
        return tr("The %1 could not be found; it may have been removed. Go back to the search and look again.")
            .arg(field.isEmpty() ? tr("record") : field);
    case ErrorCode::DatabaseOpenFailed:
        return tr("CareHouse could not open %1. Check the file is there and that you may read it, "
                  "or choose File > Open database… to pick another file.")
            .arg(file);
    case ErrorCode::NotCareHouseDatabase:
        return tr("%1 is not a CareHouse database. Choose File > Open database… and pick a .carehouse file.").arg(file);
    case ErrorCode::DatabaseTooNew:
        return tr("%1 was written by a newer version of CareHouse. Update CareHouse on this computer before "
                  "opening it.")
            .arg(file);
    case ErrorCode::DatabaseReadOnly:
        return tr("CareHouse may only read %1, not change it. Ask your practice IT support to give you write "
                  "access.")
            .arg(file);
    case ErrorCode::DatabaseBusy: return tr("The database is busy with another task. Wait a moment and try again.");
    case ErrorCode::DiskFull:
        return tr("The disk is full, so nothing was saved. Ask your practice IT support to free some space, "
                  "then try again.");
    case ErrorCode::DatabaseCorrupt:
        return tr("The database is damaged and cannot be used safely. Stop using it and call your practice IT "
                  "support, who can restore the last backup.");
    case ErrorCode::SqlFailed:
        return tr("CareHouse could not read or save the record. Try again; if it keeps happening, call your "
                  "practice IT support.");
    case ErrorCode::NotInitialised:
        return tr("This database has not been set up yet. Ask your practice administrator to set it up.");
    case ErrorCode::AlreadyInitialised:
        return tr("This database is already set up for %1.").arg(value.isEmpty() ? tr("a practice") : value);
    case ErrorCode::NotLoggedIn: return tr("You are not signed in. Sign in again to continue.");
    case ErrorCode::BadCredentials: return tr("The username or password is not right. Check Caps Lock and try again.");
    case ErrorCode::AccountDisabled:
        return tr("The account %1 has been switched off. Ask your practice administrator to switch it back on.")
            .arg(value);
    case ErrorCode::PermissionDenied:
        return tr("Your role does not allow this. Ask a colleague whose role does, or your practice "
                  "administrator.");
    case ErrorCode::UserExists: return tr("There is already a user called %1. Choose another username.").arg(value);
    case ErrorCode::StaleVersion:
        return tr("Someone else saved changes to this record while you were working on it, so yours were not "
                  "saved. Close this window, reopen the record to see their changes, then make yours again.");
    case ErrorCode::ResourceInvalid:
        if (const QString problem = describeTemplateProblem(e); !problem.isEmpty()) {
            if (e.file.rfind(letters::PracticeTemplates::kSettingPrefix, 0) == 0)
                return tr("The practice's own %1 template cannot be used, so no letter was made: %2 An "
                          "administrator can correct it, or restore the shipped template, under Settings, Letter "
                          "templates.")
                    .arg(templateTitle(e.file), problem);
            return tr("The letter template %1 is damaged, so no letter was made: %2 Reinstall CareHouse or call "
                      "your practice IT support.")
                .arg(file, problem);
        }
        return tr("A CareHouse data file%1 is missing or damaged. Reinstall CareHouse or call your practice IT "
                  "support.")
            .arg(file.isEmpty() ? QString() : tr(" (%1)").arg(file));
    case ErrorCode::IoFailed:
        return tr("CareHouse could not read or write %1. Check the disk and that you may use the file, then "
                  "try again.")
            .arg(file.isEmpty() ? tr("a file") : file);
    case ErrorCode::Cancelled: return tr("Stopped before it finished. Nothing more was changed.");
    case ErrorCode::LikelyWrongUnit:
        return tr("%1 %2 looks like a value in another unit: did you mean %3? Check the unit before saving.")
            .arg(fieldName(e.field), value, e.hint.empty() ? tr("a value in the usual unit") : q(e.hint));
    case ErrorCode::UnknownUnit:
        if (e.hint.empty())
            return tr("\"%1\" is not a unit CareHouse can use for %2.")
                .arg(value, field.isEmpty() ? tr("this") : field);
        return tr("\"%1\" is not a unit CareHouse can use for %2: it expects %3.")
            .arg(value.isEmpty() ? tr("(no unit)") : value, field.isEmpty() ? tr("this value") : field, q(e.hint));
    case ErrorCode::MalformedInput: {
        QString place = e.file.empty() ? QString() : q(e.file);
        if (e.line > 0)
            place = place.isEmpty() ? tr("Line %1").arg(e.line) : tr("%1, line %2").arg(place).arg(e.line);
        const QString where = place.isEmpty() ? tr("The file") : place;
        if (e.field == "header" && !value.isEmpty())
            return tr("%1 has no \"%2\" column. The first line must name the columns; check this is the file "
                      "the laboratory sent.")
                .arg(file.isEmpty() ? tr("The file") : q(e.file), value);
        if (e.field == "header")
            return tr("%1 is empty. Check this is the file the laboratory sent.")
                .arg(file.isEmpty() ? tr("The file") : q(e.file));
        if (e.field == "columns")
            return tr("%1: the row has only %2 columns, so it cannot be read.").arg(where, value);
        if (e.field == "quotes")
            return tr("%1: a quote mark is opened and never closed, so the rest of the file cannot be read.")
                .arg(where);
        if (!value.isEmpty())
            return tr("%1: \"%2\" in the %3 column cannot be read.")
                .arg(where, value, field.isEmpty() ? tr("value") : field);
        return tr("%1 cannot be read. Check this is the file the laboratory sent.").arg(where);
    }
    case ErrorCode::TooSoon: {
        QString earliest = q(e.hint);
        if (auto day = base::CivilDate::parseIso(e.hint))
            earliest = q(day->display());
        return tr("This is too soon after the last invitation: two invitations must be at least 7 days apart. "
                  "The next one can be recorded from %1.")
            .arg(earliest.isEmpty() ? tr("next week") : earliest);
    }
    case ErrorCode::InvalidState:
        if (e.field == "record link") {
            if (e.detail == "nhs-numbers-differ")
                return tr("These two records no longer have the same NHS number, so they were not linked.");
            if (e.detail == "main-is-linked")
                return tr("The record chosen to keep is itself linked to another record. Choose the record it is "
                          "linked to as the one to keep.");
            if (e.detail == "not-linked")
                return tr("This record is not linked to another record; nothing was changed.");
            return tr("A record cannot be linked to itself.");
        }
        return tr("This cannot be done now: the %1 has already been dealt with, perhaps by a colleague. "
                  "Refresh the list to see where it is now.")
            .arg(field.isEmpty() ? tr("item") : field);
    }
    base::logWarning("unworded error {}", e.describe());
    return tr("Something went wrong. Try again; if it keeps happening, call your practice IT support.");
}

QString ErrorText::describeExchangeProblem(const base::Error& e)
{
    using exchange::ExchangeError;
    using exchange::PeerError;
    using journal::SyncError;
    const QString value = q(e.value);
    const QString name
        = e.file.empty() ? tr("The file") : tr("The file %1").arg(q(e.file.substr(e.file.find_last_of('/') + 1)));
    if (e.detail == "site-keys-wrong-passphrase")
        return tr("The site key passphrase is not right, so nothing was sent or read. Type it again; the "
                  "practice administrator or clinical lead knows it.");
    if (e.detail == "peer-revoked")
        return tr("%1 has been removed from this site's peers, so nothing is sent to them.")
            .arg(value.isEmpty() ? tr("This site") : value);
    if (auto reason = exchange::exchangeErrorOf(e)) {
        switch (*reason) {
        case ExchangeError::NotExchangeFile:
            return tr("%1 is not a CareHouse exchange file, so nothing was read from it.").arg(name);
        case ExchangeError::UpgradeNeeded:
            return tr("%1 was made by a newer CareHouse. It is kept: update CareHouse on this computer, then "
                      "import it again.")
                .arg(name);
        case ExchangeError::Incomplete:
            return tr("%1 is still being copied into the folder. CareHouse will try it again shortly.").arg(name);
        case ExchangeError::HeaderMalformed:
        case ExchangeError::SizeLimitExceeded:
        case ExchangeError::ChunkDecryptFailed:
        case ExchangeError::MissingFinal:
        case ExchangeError::DataAfterFinal:
        case ExchangeError::TrailingBytes:
            return tr("%1 is damaged or has been altered, so nothing in it was used and the record is unchanged. "
                      "Ask the sender to export again.")
                .arg(name);
        case ExchangeError::BadSignature:
            return tr("%1 has been altered or damaged since it was signed, so nothing in it was used and the "
                      "record is unchanged. Ask the sender to export again.")
                .arg(name);
        case ExchangeError::UnknownSigner:
            return tr("%1 comes from a site that is not one of this site's peers, so nothing in it was used. "
                      "Add the site from its site card first if you work with them.")
                .arg(name);
        case ExchangeError::RevokedSigner:
            return tr("%1 was signed with a key this site no longer trusts (the peer was removed or its key "
                      "revoked), so nothing in it was used.")
                .arg(name);
        case ExchangeError::NotForThisSite:
            return tr("%1 is addressed to another site, so this site cannot read it. It is left in the folder.")
                .arg(name);
        case ExchangeError::CannotUnsealKey:
            return tr("%1 was sealed to keys this site does not have, so it cannot be read. Ask the sender to "
                      "check they have this site's current card.")
                .arg(name);
        case ExchangeError::ReadFailed:
            return tr("%1 could not be read. Check the shared folder is there and you may read it.").arg(name);
        case ExchangeError::WriteFailed:
            return tr("The exchange file could not be written to the shared folder (is the disk full, or the "
                      "folder read-only?). Nothing was sent.");
        case ExchangeError::PublishFailed:
            return tr("The shared folder refused to take the finished exchange file (it does not allow files to "
                      "be renamed). Nothing was sent; choose another folder or ask your IT support.");
        case ExchangeError::SelfCheckFailed:
            return tr("The exchange file read back from the shared folder was not what was written, so it was "
                      "not sent. Check the folder's disk, then export again.");
        case ExchangeError::InvalidRequest:
            return tr("The exchange file could not be made: this site's details are not complete. Call your "
                      "practice IT support.");
        case ExchangeError::CardMalformed:
        case ExchangeError::CardTooNew:
        case ExchangeError::CardMissingField:
        case ExchangeError::CardWrongType:
        case ExchangeError::CardBadEncoding:
        case ExchangeError::CardBadKeyLength:
        case ExchangeError::CardFingerprintMismatch:
            return tr("The site card cannot be used: it is damaged, altered or from a newer CareHouse.");
        }
    }
    if (auto reason = exchange::peerErrorOf(e)) {
        switch (*reason) {
        case PeerError::NoSiteKeys:
            return tr("This site has no exchange keys yet. An administrator or clinical lead makes them (site "
                      "card) before anything can be sent or read.");
        case PeerError::UnknownPeer:
            return tr("%1 is not one of this site's peers.").arg(value.isEmpty() ? tr("That site") : value);
        case PeerError::PeerRevoked:
            return tr("%1 has been removed from this site's peers, so nothing is sent to them.")
                .arg(q(e.hint.empty() ? e.value : e.hint));
        default: return tr("The peer could not be used as asked. An administrator can check it with peer list.");
        }
    }
    if (auto reason = journal::syncErrorOf(e)) {
        const QString from = value.isEmpty() ? tr("the other site") : value;
        switch (*reason) {
        case SyncError::ClockTooFarAhead:
            return tr("A change from %1 is dated more than an hour ahead of this computer's clock, so the whole "
                      "file was refused and the record is unchanged. One of the two clocks is wrong: ask IT "
                      "support to check both.")
                .arg(from);
        case SyncError::MissingParent:
        case SyncError::MissingPatient:
            return tr("A change from %1 builds on something this site has not received yet, so the file was "
                      "refused and the record is unchanged. It will apply once the earlier file arrives.")
                .arg(from);
        case SyncError::UnknownRecordType:
            return tr("A change from %1 is of a kind this CareHouse does not know: update CareHouse, then "
                      "import the file again.")
                .arg(from);
        case SyncError::SiteLocalRecord:
        case SyncError::MalformedVersion:
        case SyncError::VersionMismatch:
        case SyncError::UnknownOwnVersion:
            return tr("A change from %1 cannot be right (damaged, or it contradicts this site's own record), so "
                      "the file was refused and the record is unchanged. Call your practice IT support.")
                .arg(from);
        case SyncError::NoOpenConflict:
            return tr("This record no longer has a conflict: it was settled meanwhile, perhaps at another site. "
                      "Nothing more needs doing.");
        case SyncError::NotAHead:
            return tr("That version is no longer one of the record's disagreeing versions. Look at the "
                      "conflict again.");
        }
    }
    return {};
}

QString ErrorText::describeDetailCode(const std::string& detail)
{
    if (detail.empty())
        return {};
    base::Error e;
    e.code = ErrorCode::MalformedInput;
    e.detail = detail;
    if (const QString words = describeExchangeProblem(e); !words.isEmpty())
        return words;
    return tr("The last exchange failed (%1).").arg(q(detail));
}

QString ErrorText::describeResponseProblem(const base::Error& e)
{
    const QString value = q(e.value);
    const std::string& d = e.detail;
    if (d == "response-required")
        return tr("An answer is needed here before saving.");
    if (d == "response-wrong-type")
        return value.isEmpty() ? tr("This answer is not the kind this question takes. Check what was typed.")
                               : tr("\"%1\" is not the kind of answer this question takes (a whole number, a "
                                    "number or a date, as asked). Check what was typed.")
                                     .arg(value);
    if (d == "response-not-an-option")
        return tr("\"%1\" is not one of this question's answers. Choose one of those offered.").arg(value);
    if (d == "response-not-repeating")
        return tr("This question takes one answer only. Leave one chosen.");
    if (d == "response-too-long")
        return tr("This answer is too long: it can be at most %1 characters. Shorten it.").arg(q(e.hint));
    if (d == "response-disabled")
        return tr("This question is not asked after the earlier answers, so its answer cannot be saved. Clear it, "
                  "or check the earlier answer.");
    if (d == "response-unknown-question" || d == "response-not-a-question" || d == "response-unsupported-item")
        return tr("CareHouse cannot take an answer for this item. Leave it empty.");
    if (d == "response-version-changed")
        return tr("This questionnaire was updated after the form was opened, so the answers were not saved. "
                  "Close the form and fill in the current version.");
    if (d == "response-other-questionnaire")
        return tr("These answers belong to another questionnaire, so they were not saved.");
    return describe(e);
}

QString ErrorText::describeTemplateProblem(const base::Error& e)
{
    using letters::LetterTemplate;
    if (e.code != ErrorCode::ResourceInvalid || e.hint.rfind("template-", 0) != 0)
        return {};
    const QString name = q(e.field);
    QString problem;
    if (e.hint == LetterTemplate::kUnknownPlaceholder)
        problem = tr("{%1} is not a placeholder this letter can fill. Use one from the list, or check the spelling.")
                      .arg(name);
    else if (e.hint == LetterTemplate::kNotAName)
        problem = tr("%1 is not a placeholder name. Use one from the list; write {{ or }} for a brace on its own.")
                      .arg(name);
    else if (e.hint == LetterTemplate::kUnclosed)
        problem = tr("a placeholder is opened with { but not closed with } on the same line.");
    else if (e.hint == LetterTemplate::kUnmatchedBrace)
        problem = tr("there is a } with no { before it. Write }} for a brace on its own.");
    else if (e.hint == LetterTemplate::kBlockInSentence)
        problem = tr("{%1} stands for a whole part of the letter, so it cannot be inside a sentence. Put it on a "
                     "line of its own, with a blank line before and after.")
                      .arg(name);
    else if (e.hint == LetterTemplate::kBlockRepeated)
        problem = tr("{%1} is there twice. Each part of the letter can appear only once.").arg(name);
    else if (e.hint == LetterTemplate::kMissingPlaceholder)
        problem = tr("{%1} is missing, and this letter must have it. Put it back on a line of its own.").arg(name);
    else
        return {};
    problem[0] = problem[0].toUpper();
    return e.line > 0 ? tr("Line %1: %2").arg(e.line).arg(problem) : problem;
}

QString ErrorText::templateTitle(const std::string& key)
{
    // letters.template.<kind>.<language>
    const QString rest
        = q(key.substr(std::min(key.size(), std::string(letters::PracticeTemplates::kSettingPrefix).size())));
    const QString kind = rest.section(QLatin1Char('.'), 0, 0);
    const QString language = rest.section(QLatin1Char('.'), 1);
    const QString letter = kind == QLatin1String("invitation") ? tr("invitation letter")
        : kind == QLatin1String("results")                     ? tr("results letter")
                                                               : kind;
    if (language.isEmpty())
        return letter;
    const QString languageName = QLocale::languageToString(QLocale(language).language());
    return tr("%1 (%2)").arg(letter, languageName.isEmpty() ? language : languageName);
}

QString ErrorText::describeAt(const base::Error& e)
{
    // A JSON file's problems say where as a path before the field: "$.entry[3].resource: HbA1c".
    const auto split = e.field.find(": ");
    if ((e.field.rfind("$", 0) == 0 || e.field.rfind("line ", 0) == 0) && split != std::string::npos) {
        base::Error inner = e;
        inner.field = e.field.substr(split + 2);
        inner.line = 0;
        return tr("%1: %2").arg(q(e.field.substr(0, split)), describe(inner));
    }
    // These wordings already say where in the file the problem is.
    if (e.code == ErrorCode::MalformedInput || e.line <= 0)
        return describe(e);
    if (!e.field.empty())
        return tr("Line %1 (%2): %3").arg(e.line).arg(q(e.field), describe(e));
    return tr("Line %1: %2").arg(e.line).arg(describe(e));
}

} // namespace carehouse::ui
