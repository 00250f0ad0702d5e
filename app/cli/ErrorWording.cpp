#include "app/cli/ErrorWording.h"

#include "core/base/CivilDate.h"
#include "core/exchange/ExchangeError.h"
#include "core/exchange/PeerError.h"
#include "core/journal/SyncError.h"
#include "core/model/NhsNumber.h"

#include <fmt/format.h>

namespace carehouse::cli {

using base::ErrorCode;

namespace {

// "The date of birth" / "The value" when core did not say which field.
std::string theField(const base::Error& e, std::string_view fallback = "value")
{
    return fmt::format("The {}", e.field.empty() ? std::string(fallback) : e.field);
}

std::string quoted(const std::string& v)
{
    return fmt::format("'{}'", v);
}

std::string where(const base::Error& e)
{
    if (e.file.empty())
        return {};
    return e.line > 0 ? fmt::format("{} (line {})", e.file, e.line) : e.file;
}

// "HbA1c" for a value error about an item; "The value" when core did not say which.
std::string itemOf(const base::Error& e)
{
    return e.field.empty() ? std::string("The value") : e.field;
}

// "2026-12-08" as "08-Dec-2026"; anything else as given.
std::string displayDate(const std::string& iso)
{
    if (auto d = base::CivilDate::parseIso(iso))
        return d->display();
    return iso;
}

// "care-exception" as "care exception".
std::string spaced(std::string s)
{
    for (auto& c : s)
        if (c == '-' || c == '_')
            c = ' ';
    return s;
}

std::string malformed(const base::Error& e)
{
    const std::string file = e.file.empty() ? std::string("The file") : "'" + e.file + "'";
    const std::string at = e.line > 0 ? fmt::format(" (line {})", e.line) : std::string();
    if (e.field == "header" && e.detail == "missing column")
        return fmt::format("{}{} has no '{}' column in its header row. A results CSV needs the columns nhs_number, "
                           "date_of_birth, system, code, value, unit and effective_date.",
                           file, at,
                           e.value == "birth"           ? std::string("date_of_birth")
                               : e.value == "effective" ? std::string("effective_date")
                                                        : e.value);
    if (e.field == "header")
        return fmt::format("{} is empty: a results CSV starts with a header row naming its columns.", file);
    if (e.field == "quotes")
        return fmt::format("{}{} opens a quote that is never closed, so the rest of the file cannot be read.", file,
                           at);
    if (e.field == "columns")
        return fmt::format("{}{} has only {} columns; every row needs a value for each column of the header.", file, at,
                           e.value);
    if (e.field == "value")
        return fmt::format("{}{}: the value {} is not a number (write blood pressure as 140/85).", file, at,
                           quoted(e.value));
    if (e.field == "size")
        return fmt::format("{} is too large to be a laboratory results file ({} bytes; the limit is 64 MiB).", file,
                           e.value);
    if (e.field == "$.resourceType")
        return fmt::format("{} is not a FHIR R4 Bundle or Observation (its resourceType is {}).", file,
                           quoted(e.value));
    if (!e.field.empty() && e.field[0] == '$' && e.value.empty() && !e.detail.empty()
        && e.detail.find("parse") != std::string::npos)
        return fmt::format("{}{} is not valid JSON, so nothing in it was read.", file, at);
    std::string what = e.field.empty() ? std::string() : " at " + e.field;
    if (!e.value.empty())
        what += " (" + quoted(e.value) + ")";
    return fmt::format("{}{} cannot be read{}{}.", file, at, what, e.detail.empty() ? std::string() : ": " + e.detail);
}

// Questionnaire files and answers (core/questionnaire): the reason is in detail.
std::string question(const base::Error& e)
{
    std::string text = e.hint;
    if (text.size() > 70) {
        std::size_t cut = 67;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // never inside a UTF-8 character
        text = text.substr(0, cut) + "...";
    }
    return text.empty() ? fmt::format("Question '{}'", e.field) : fmt::format("Question '{}' ({})", e.field, text);
}

std::string questionnaireSentence(const base::Error& e)
{
    const std::string& d = e.detail;
    const std::string file = e.file.empty() ? std::string("The file") : "'" + e.file + "'";
    const std::string at = e.line > 0 ? fmt::format(" (line {})", e.line) : std::string();
    if (e.code == ErrorCode::NotFound && e.field == "questionnaire")
        return fmt::format("There is no questionnaire called {}; 'carehouse-cli questionnaire list' shows them all.",
                           quoted(e.value));
    if (e.code == ErrorCode::NotFound && (e.field == "questionnaire file" || e.field == "answers file"))
        return fmt::format("There is no {} at {}; check the path.", e.field, quoted(e.value));
    if (d == "questionnaire-too-large")
        return fmt::format("{} is too large to be a questionnaire or answers file ({} bytes; the limit is 8 MiB), so "
                           "it was not read.",
                           file, e.value);
    if (d == "questionnaire-nesting")
        return fmt::format("{}{} nests more than {} levels deep, so it was not read: no real questionnaire does.", file,
                           at, e.value);
    if (d == "questionnaire-not-json")
        return fmt::format("{}{} is not valid JSON, so nothing in it was read.", file, at);
    if (d == "questionnaire-wrong-resource")
        return fmt::format("{} is not a FHIR R4 Questionnaire (its resourceType is {}).", file, quoted(e.value));
    if (d == "response-wrong-resource")
        return fmt::format("{} is neither a FHIR R4 QuestionnaireResponse nor answers written as {{\"linkId\": "
                           "value, ...}} ({}).",
                           file, quoted(e.value));
    if (d == "questionnaire-required")
        return fmt::format("{} has no value at {}{}, which a questionnaire needs; nothing was imported.", file, e.field,
                           e.value.empty() ? std::string() : " (" + e.value + ")");
    if (d == "questionnaire-wrong-type" || (d == "response-wrong-type" && e.code == ErrorCode::MalformedInput))
        return fmt::format("{}: {} has the wrong kind of value{}; nothing was read.", file, e.field,
                           e.value.empty() ? std::string() : " (" + e.value + ")");
    if (d == "questionnaire-too-many-items")
        return fmt::format("{} has more than {} items or options (at {}), so it was not read.", file, e.value, e.field);
    if (d == "questionnaire-duplicate-linkid")
        return fmt::format("{}: two items have the linkId {} ({} and {}); every item needs its own, so nothing was "
                           "imported.",
                           file, quoted(e.value), e.hint, e.field);
    if (d == "questionnaire-unknown-question")
        return fmt::format("{}: {} refers to the question {}, which no item has; nothing was imported.", file, e.field,
                           quoted(e.value));
    if (d == "questionnaire-cycle")
        return fmt::format("{}: items enable one another in a circle ({}), so none of them could ever be shown; "
                           "nothing was imported.",
                           file, e.value);
    if (d == "questionnaire-bad-operator")
        return fmt::format("{}: {} is {}, which FHIR does not define (enableWhen operators are exists, =, !=, >, <, "
                           ">= and <=; enableBehavior is all or any).",
                           file, e.field, quoted(e.value));
    if (d == "questionnaire-no-answer")
        return fmt::format("{}: the condition at {} needs exactly one answer value; nothing was imported.", file,
                           e.field);
    if (d == "questionnaire-bad-scoring")
        return fmt::format("{}: CareHouse's scoring extension at {} does not add up ({}): each band needs a min and a "
                           "code, in ascending order, and each flag a scored item.",
                           file, e.field, e.value);
    if (d == "questionnaire-modifier-extension")
        return fmt::format("{} has a modifierExtension on the Questionnaire itself, which changes its meaning in a way "
                           "CareHouse cannot follow, so it was not imported.",
                           file);
    if (d == "questionnaire-version-exists")
        return fmt::format("A different questionnaire is already kept as {}. A changed questionnaire needs a new "
                           "version number; nothing was imported.",
                           quoted(e.value));
    if (d == "questionnaire-ambiguous")
        return fmt::format("{} names more than one questionnaire; give its url, or url|version, as 'carehouse-cli "
                           "questionnaire list' shows.",
                           quoted(e.value));
    if (d == "response-other-questionnaire")
        return fmt::format("These answers are for another questionnaire ({}), not {}.", quoted(e.value),
                           e.hint.empty() ? std::string("this one") : quoted(e.hint));
    if (d == "response-version-changed")
        return fmt::format("These answers were completed on version {} of the questionnaire, which has changed (it is "
                           "now version {}), so they were not saved. Enter them again on the current version.",
                           quoted(e.value), quoted(e.hint));
    if (d == "response-unknown-question")
        return fmt::format("There is no question {} in this questionnaire (answer given: {}).", quoted(e.field),
                           quoted(e.value));
    if (d == "response-not-a-question")
        return fmt::format("{} is a heading or text, not a question, so it takes no answer.", question(e));
    if (d == "response-unsupported-item")
        return fmt::format("{} is of a kind CareHouse cannot take answers for.", question(e));
    if (d == "response-disabled")
        return fmt::format("{} does not apply with the other answers given, so its answer {} was refused rather than "
                           "dropped. Check the answers it depends on.",
                           question(e), quoted(e.value));
    if (d == "response-not-repeating")
        return fmt::format("{} takes one answer, not {}.", question(e), e.value);
    if (d == "response-wrong-type")
        return fmt::format("{} cannot take the answer {}.", question(e), quoted(e.value));
    if (d == "response-not-an-option")
        return fmt::format("{} is not one of the options of {}.", quoted(e.value),
                           fmt::format("question '{}'", e.field));
    if (d == "response-too-long")
        return fmt::format("The answer to question '{}' is longer than its limit of {} characters.", e.field, e.hint);
    if (d == "response-required")
        return fmt::format("{} needs an answer.", question(e));
    return {};
}

// Site keys, site cards, peers and exchange files (core/exchange): the reason is in detail.
std::string exchangeSentence(const base::Error& e)
{
    const std::string card = e.file.empty() ? std::string("The site card") : "The site card '" + e.file + "'";
    if (e.detail == "site-keys-wrong-passphrase")
        return "The site key passphrase is wrong, so this site's exchange keys stay locked; nothing was changed. "
               "Check it with whoever keeps it for the practice.";
    if (e.detail == "site-keys-malformed" || e.detail == "site-keys-inconsistent"
        || e.detail == "site-keys-cost-out-of-range" || e.detail == "site-keys-stored-mismatch")
        return "This site's stored exchange keys are damaged or have been changed, so they were not used. Stop "
               "exchanging files and tell your practice manager.";
    if (e.detail == "site-keys-too-new")
        return "This site's exchange keys were sealed by a newer CareHouse; install the newer CareHouse to use them.";
    if (e.code == ErrorCode::InvalidArgument && e.field == "passphrase")
        return fmt::format("The site key passphrase is too short: use at least {} characters (a few words are "
                           "easiest to remember).",
                           e.hint.empty() ? std::string("8") : e.hint);
    if (e.code == ErrorCode::InvalidArgument && e.field == "ODS code")
        return fmt::format("The ODS code {} is not valid: use the organisation's NHS ODS code in capitals and "
                           "digits, e.g. F84001.",
                           quoted(e.value));
    if (e.code == ErrorCode::NotFound && e.field == "site card file")
        return fmt::format("There is no site card at {}; check the path.", quoted(e.value));
    if (auto p = exchange::peerErrorOf(e)) {
        switch (*p) {
        case exchange::PeerError::NoSiteKeys:
            return "This site has no exchange keys yet: 'carehouse-cli site card --out FILE' makes them.";
        case exchange::PeerError::SiteKeysExist:
            return "This site already has exchange keys; to replace them use 'carehouse-cli site rotate-keys'.";
        case exchange::PeerError::StoredKeyMismatch:
            return "This site's stored exchange keys are damaged or have been changed, so they were not used. Stop "
                   "exchanging files and tell your practice manager.";
        case exchange::PeerError::AddingSelf:
            return "This is this site's own card, so it was not added: a site cannot be its own peer. Ask the other "
                   "site for their card.";
        case exchange::PeerError::PeerExists:
            return fmt::format("{} is already a peer with these keys; nothing was changed.", e.hint);
        case exchange::PeerError::PeerKeysChanged:
            return fmt::format("{} is already a peer, but this card has other keys. If they told you they rotated "
                               "their keys, and the fingerprint matched, add --replace-keys; otherwise do not add it.",
                               e.hint);
        case exchange::PeerError::KeysOfAnotherSite:
            return fmt::format("The keys on this card belong to another peer ({}), so it was not added: a card "
                               "with someone else's keys is not to be trusted.",
                               e.hint);
        case exchange::PeerError::PeerRevoked:
            return fmt::format("{} was revoked and these are its old keys, so they are not trusted again. Ask them "
                               "to make new keys ('site rotate-keys') and send a new card.",
                               e.hint.empty() ? std::string("This peer") : e.hint);
        case exchange::PeerError::CardOutdated:
            return fmt::format("This card is out of date: {} has made new keys since. Ask them for their current "
                               "card.",
                               e.hint);
        case exchange::PeerError::FingerprintNotConfirmed:
            return "The fingerprint was not confirmed, so nothing was added. Compare it aloud with the other site "
                   "and give it with --fingerprint.";
        case exchange::PeerError::FingerprintMismatch:
            return fmt::format("The fingerprint {} is not the one on this card, so it was not added. The card may "
                               "not be theirs: check with the other site by phone before trying again.",
                               quoted(e.value));
        case exchange::PeerError::UnknownPeer:
            return fmt::format("There is no peer {}; 'carehouse-cli peer list' shows them.", quoted(e.value));
        case exchange::PeerError::AmbiguousPeer:
            return fmt::format("More than one peer is called {}; give the site id instead ({}).", quoted(e.value),
                               e.hint);
        case exchange::PeerError::UnknownSharingRule:
            return fmt::format("{} is not a sharing rule: use consented, referred, all or list.", quoted(e.value));
        case exchange::PeerError::AlreadyRevoked: return "This peer has already been revoked; nothing was changed.";
        }
    }
    auto x = exchange::exchangeErrorOf(e);
    if (!x)
        return {};
    switch (*x) {
    case exchange::ExchangeError::CardMalformed:
        return fmt::format("{} is not a CareHouse site card (it should be the JSON file 'site card' writes), so "
                           "nothing was added.",
                           card);
    case exchange::ExchangeError::CardTooNew:
        return fmt::format("{} was made by a newer CareHouse; install the newer CareHouse to add this peer.", card);
    case exchange::ExchangeError::CardMissingField:
        return fmt::format("{} has no {}, so it cannot be used; ask the other site for a new card.", card, e.field);
    case exchange::ExchangeError::CardWrongType:
    case exchange::ExchangeError::CardBadEncoding:
    case exchange::ExchangeError::CardBadKeyLength:
        return fmt::format("{} is damaged ({} is not valid), so nothing was added; ask the other site for a new "
                           "card.",
                           card, e.field);
    case exchange::ExchangeError::CardFingerprintMismatch:
        return fmt::format("{} has been altered or damaged: its fingerprint is not the fingerprint of its keys. "
                           "Nothing was added; ask the other site for a new card.",
                           card);
    case exchange::ExchangeError::UnknownSigner:
        return "This exchange file was signed by a site that is not a peer, so it was not read.";
    case exchange::ExchangeError::RevokedSigner:
        return "This exchange file was signed by a revoked peer after its revocation, so it was not read.";
    case exchange::ExchangeError::BadSignature:
        return "This exchange file has been altered or damaged (its signature does not match), so it was not read.";
    case exchange::ExchangeError::NotForThisSite:
        return "This exchange file is not addressed to this site, so it cannot be read here.";
    case exchange::ExchangeError::Incomplete:
        return "This exchange file is incomplete, perhaps still being copied; try again later.";
    case exchange::ExchangeError::UpgradeNeeded:
        return "This exchange file was made by a newer CareHouse; keep it and install the newer CareHouse.";
    default: return fmt::format("The exchange file could not be used ({}).", e.detail);
    }
}

// Exchange files as the import and export commands meet them, applying versions from peers
// (journal::SyncError) and resolving conflicts: the reason is in detail.
std::string syncSentence(const base::Error& e)
{
    if (e.detail == "peer-revoked" && e.field == "peer" && e.code == ErrorCode::InvalidState)
        return fmt::format("{} has been revoked, so nothing is exported to it.",
                           e.value.empty() ? std::string("This peer") : e.value);
    if (e.code == ErrorCode::NotFound && e.field == "folder")
        return fmt::format("There is no folder {} to write the exchange file to; check the path (the folder must "
                           "exist). Nothing was written.",
                           quoted(e.value));
    if (e.code == ErrorCode::StaleVersion && e.detail == "another version arrived since the conflict was shown")
        return "Another version of this record has arrived since the conflict was listed, so it was not resolved. "
               "List the conflicts again and compare the versions now in it.";
    if (e.detail == "exchange-bundle-too-new")
        return fmt::format("This exchange file holds changes in a newer format{}; keep it and install the newer "
                           "CareHouse, then import it again. Nothing was applied.",
                           e.value.empty() ? std::string() : " (" + e.value + ")");
    if (e.detail.rfind("exchange-bundle-", 0) == 0)
        return fmt::format("This exchange file was signed by the peer, but what it holds is not CareHouse's "
                           "exchange content ({} is not valid), so nothing was applied. Tell the peer.",
                           e.field.empty() ? std::string("its content") : e.field);
    if (auto s = journal::syncErrorOf(e)) {
        const std::string site = e.value.empty() ? std::string("the peer") : e.value;
        switch (*s) {
        case journal::SyncError::ClockTooFarAhead:
            return fmt::format("A change in this file was made more than an hour ahead of this computer's clock (by "
                               "{}), so nothing was applied. Check the date and time on both computers, then import "
                               "it again.",
                               site);
        case journal::SyncError::MissingParent:
            return "This file builds on changes this site has not received yet, so nothing was applied. Import the "
                   "peer's earlier files first (or ask it to export again), then this one.";
        case journal::SyncError::MissingPatient:
            return "This file changes the record of a person this site does not hold yet, so nothing was applied. "
                   "Import the peer's earlier files first (or ask it to export again).";
        case journal::SyncError::UnknownRecordType:
            return fmt::format("This file holds a kind of record this CareHouse does not know{}, so nothing was "
                               "applied; install the newer CareHouse and import it again.",
                               e.hint.empty() ? std::string() : " (" + e.hint + ")");
        case journal::SyncError::SiteLocalRecord:
            return fmt::format("This file holds staff accounts or unmatched results from {}, which never leave their "
                               "site, so nothing was applied. Tell the peer.",
                               site);
        case journal::SyncError::MalformedVersion:
            return fmt::format("A change in this file (from {}) is damaged, so nothing was applied. Tell the peer.",
                               site);
        case journal::SyncError::VersionMismatch:
            return fmt::format("A change in this file (from {}) has the id of a change held here with other content, "
                               "so nothing was applied. One of the two sites may have been restored from a backup: "
                               "tell your practice manager.",
                               site);
        case journal::SyncError::UnknownOwnVersion:
            return "This file holds a change under this site's own name that this site never made, so nothing was "
                   "applied. This site may have been restored from a backup without 'site new-incarnation': tell "
                   "your practice manager.";
        case journal::SyncError::NoOpenConflict:
            return fmt::format("The record {} has no open conflict; nothing was changed. 'carehouse-cli conflicts "
                               "list' shows the open ones.",
                               quoted(e.field));
        case journal::SyncError::NotAHead:
            return fmt::format("{} is not one of the versions in conflict in this record; nothing was changed. Use "
                               "one of the versions 'carehouse-cli conflicts list' shows.",
                               quoted(e.value));
        }
    }
    auto x = exchange::exchangeErrorOf(e);
    if (!x)
        return {};
    switch (*x) {
    case exchange::ExchangeError::NotExchangeFile: return "This is not a CareHouse exchange file, so it was not read.";
    case exchange::ExchangeError::HeaderMalformed:
    case exchange::ExchangeError::SizeLimitExceeded:
        return "This exchange file is damaged (its header is not valid), so it was not read. Ask the peer to export "
               "again.";
    case exchange::ExchangeError::TrailingBytes:
        return "This exchange file has extra bytes after its end, so it has been altered or damaged and was not "
               "read.";
    case exchange::ExchangeError::CannotUnsealKey:
        return "This exchange file is addressed to this site but not to any key it holds (it may be for keys "
               "replaced long ago, or damaged), so it could not be opened. Ask the peer to export again with this "
               "site's current card.";
    case exchange::ExchangeError::ChunkDecryptFailed:
    case exchange::ExchangeError::MissingFinal:
    case exchange::ExchangeError::DataAfterFinal:
        return "This exchange file's contents do not decrypt as they should, so nothing was applied. Ask the peer to "
               "export again.";
    case exchange::ExchangeError::ReadFailed:
        return "The exchange file could not be read; check that it is there and that you may read it.";
    case exchange::ExchangeError::InvalidRequest:
        return "The exchange file could not be made from what was asked (no peer, or too much to carry in one "
               "file); nothing was written.";
    case exchange::ExchangeError::WriteFailed:
        return e.code == ErrorCode::DiskFull
            ? std::string("The disk is full, so the exchange file was not written. Free some space and try again.")
            : std::string("The exchange file could not be written to that folder; check that you may write there. "
                          "Nothing was written.");
    case exchange::ExchangeError::PublishFailed:
        return "The folder refused to let the finished exchange file be put in place (renamed), so nothing was "
               "written. Use a folder that allows renaming files (some network shares do not).";
    case exchange::ExchangeError::SelfCheckFailed:
        return "The exchange file read back was not the file written (a faulty disk or share?), so it was not "
               "published. Try another folder.";
    default: return {};
    }
}

std::string capitalised(std::string s)
{
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 32);
    return s;
}

} // namespace

std::string ErrorWording::rolePhrase(std::string_view role)
{
    if (role == "receptionist")
        return "a receptionist";
    if (role == "hca")
        return "a healthcare assistant";
    if (role == "nurse")
        return "a nurse";
    if (role == "gp")
        return "a GP";
    if (role == "clinical-lead")
        return "a clinical lead";
    if (role == "admin")
        return "an administrator";
    return role.empty() ? std::string("this user") : fmt::format("the role '{}'", role);
}

std::string ErrorWording::permissionPhrase(std::string_view p)
{
    if (p == "view-record")
        return "view a patient's record";
    if (p == "register-patient")
        return "register a patient";
    if (p == "edit-demographics")
        return "change a patient's details";
    if (p == "record-observation")
        return "record an observation";
    if (p == "record-diagnosis")
        return "record a diagnosis";
    if (p == "manage-settings")
        return "change the practice's settings";
    if (p == "manage-users")
        return "manage staff accounts";
    if (p == "view-audit")
        return "view the audit trail";
    if (p == "manage-recall")
        return "manage invitations and appointments";
    if (p == "import-results")
        return "import laboratory results or match them to patients";
    if (p == "review-results")
        return "review laboratory results";
    if (p == "record-exception")
        return "record that a person declined or is unsuitable for their review";
    if (p == "record-questionnaire-response")
        return "record a person's completed questionnaire";
    if (p == "manage-questionnaires")
        return "import questionnaires";
    if (p == "manage-peers")
        return "manage the site's exchange keys or the peers it shares records with";
    return p.empty() ? std::string("do this") : fmt::format("do '{}'", p);
}

std::string ErrorWording::sentence(const base::Error& e)
{
    const std::string file = where(e);
    bool fileSaid = false;
    std::string s;
    if (auto q = questionnaireSentence(e); !q.empty())
        return capitalised(q);
    if (auto y = syncSentence(e); !y.empty())
        return capitalised(y);
    if (auto x = exchangeSentence(e); !x.empty())
        return capitalised(x);
    switch (e.code) {
    case ErrorCode::InvalidArgument:
        if (e.field == "password")
            s = "The password is too short: use at least 8 characters.";
        else if (e.field == "gender")
            s = fmt::format("The gender {} is not one CareHouse knows: use female, male, other or unknown.",
                            quoted(e.value));
        else if (e.field == "sharing consent")
            s = fmt::format("The sharing consent {} is not one CareHouse knows: use shared-care-team, practice-only, "
                            "withdrawn or not-recorded.",
                            quoted(e.value));
        else if (e.field == "username")
            s = fmt::format("The username {} is not allowed: use only letters, digits, full stops, hyphens and "
                            "underscores.",
                            quoted(e.value));
        else if (e.field == "role")
            s = fmt::format("The role {} is not one CareHouse knows: use receptionist, hca, nurse, gp, clinical-lead "
                            "or admin.",
                            quoted(e.value));
        else
            s = e.value.empty() ? fmt::format("{} is not valid.", theField(e))
                                : fmt::format("{} {} is not valid.", theField(e), quoted(e.value));
        break;
    case ErrorCode::RequiredField:
        s = fmt::format("{} is required; it cannot be left empty.", theField(e, "value"));
        break;
    case ErrorCode::NhsNumberFormat:
        s = fmt::format("The NHS number {} is not valid: it must have ten digits (spaces are allowed).",
                        quoted(e.value));
        break;
    case ErrorCode::NhsNumberCheckDigit:
        s = fmt::format("The NHS number {} is not valid: the check digit does not match.", quoted(e.value));
        break;
    case ErrorCode::DateFormat:
        s = fmt::format("{} {} is not a date CareHouse understands: write it day first, as 14/07/1945 or "
                        "14-Jul-1945.",
                        theField(e, "date"), quoted(e.value));
        break;
    case ErrorCode::DateInFuture:
        s = fmt::format("{} {} is in the future.", theField(e, "date"), quoted(e.value));
        break;
    case ErrorCode::DateImplausible:
        s = fmt::format("{} {} is not a possible date: check the day, month and year.", theField(e, "date"),
                        quoted(e.value));
        break;
    case ErrorCode::DuplicateNhsNumber:
        s = fmt::format("Another patient already has the NHS number {}; find them with 'carehouse-cli patient find "
                        "{}' rather than registering them twice.",
                        e.value, model::NhsNumber::digitsOnly(e.value));
        break;
    case ErrorCode::ImplausibleValue:
        if (e.hint.empty())
            s = fmt::format("{} {} is outside the plausible range; check the value and its unit.", theField(e),
                            quoted(e.value));
        else
            s = fmt::format("{} {} is outside the plausible range ({}). If the value really is right, add --confirm.",
                            itemOf(e), quoted(e.value), e.hint);
        break;
    case ErrorCode::LikelyWrongUnit:
        s = fmt::format("{} {} is outside the plausible range.{} If the value really is right, add --confirm.",
                        itemOf(e), quoted(e.value),
                        e.hint.empty() ? std::string() : fmt::format(" Did you mean {}?", e.hint));
        break;
    case ErrorCode::UnknownUnit:
        s = fmt::format("The unit {} is not one CareHouse can take for {}{}.", quoted(e.value),
                        e.field.empty() ? std::string("this value") : e.field,
                        e.hint.empty() ? std::string() : fmt::format(": give the value in {}", e.hint));
        break;
    case ErrorCode::MalformedInput:
        s = malformed(e);
        fileSaid = true;
        break;
    case ErrorCode::TooSoon:
        if (e.field == "invitation")
            s = fmt::format("A second invitation can only go 7 days after the first: the earliest is {}.",
                            displayDate(e.hint));
        else
            s = fmt::format("{} is too soon{}.", theField(e, "date"),
                            e.hint.empty() ? std::string() : ": the earliest is " + displayDate(e.hint));
        break;
    case ErrorCode::InvalidState:
        if (e.field == "record link" && e.detail == "same-record")
            s = "A record cannot be linked to itself: give the two record ids 'duplicates list' shows.";
        else if (e.field == "record link" && e.detail == "nhs-numbers-differ")
            s = "These two records do not have the same NHS number, so they are not linked: only records listed "
                "together by 'duplicates list' can be.";
        else if (e.field == "record link" && e.detail == "main-is-linked")
            s = fmt::format("The record {} is itself linked to another record; link to that one (the main record "
                            "'duplicates list --all' shows) instead.",
                            quoted(e.value));
        else if (e.field == "record link" && e.detail == "not-linked")
            s = fmt::format("The record {} is not linked to another record; nothing was changed.", quoted(e.value));
        else if (e.field == "result" && e.detail == "already reviewed")
            s = fmt::format("The result {} has already been reviewed; nothing was changed.", quoted(e.value));
        else if (e.field == "result" && e.detail == "not a laboratory result")
            s = fmt::format("{} is not a laboratory result, so it is not reviewed from the results inbox.",
                            quoted(e.value));
        else if (e.field == "exception")
            s = fmt::format("The exception {} has already been withdrawn; nothing was changed.", quoted(e.value));
        else if (e.field == "unmatched result")
            s = fmt::format("The unmatched result {} has already been {}; nothing was changed.", quoted(e.value),
                            e.detail.empty() ? std::string("dealt with") : e.detail);
        else if (e.field.size() > 7 && e.field.compare(e.field.size() - 7, 7, ".status") == 0)
            s = fmt::format("The laboratory withdrew this result (status {}), so it was not imported.",
                            quoted(e.value));
        else
            s = fmt::format("{} {} is not in a state that allows this; nothing was changed.", theField(e, "record"),
                            quoted(e.value));
        break;
    case ErrorCode::UnknownCode:
        if (e.field == "care process item") {
            s = fmt::format("{} is not a care process item CareHouse knows: use an item such as hba1c, "
                            "blood-pressure or smoking, or its SNOMED CT or LOINC code (see 'carehouse-cli observe "
                            "--help').",
                            quoted(e.value));
            break;
        }
        s = fmt::format("The {} code {} is not in CareHouse's list; check the SNOMED CT code.",
                        e.field.empty() ? "clinical" : e.field, quoted(e.value));
        break;
    case ErrorCode::NotFound:
        if (e.field == "database") {
            s = fmt::format("There is no CareHouse database at '{}'. Create one with 'carehouse-cli init' or "
                            "'carehouse-cli demo', or give the right file with --db.",
                            e.file.empty() ? e.value : e.file);
            fileSaid = true;
        } else if (e.field == "patient") {
            s = fmt::format("No patient was found for {}. Search with 'carehouse-cli patient find NAME' and use "
                            "the record id or NHS number shown.",
                            quoted(e.value));
        } else if (e.field == "diabetes register") {
            s = fmt::format("{} is not on the diabetes register (no active diabetes diagnosis), so there is no yearly "
                            "review to invite them to.",
                            e.value);
        } else if (e.field == "results file") {
            s = fmt::format("There is no results file at {}; check the path.", quoted(e.value));
            fileSaid = true;
        } else if (e.field.empty()) {
            s = "What was asked for was not found.";
        } else {
            s = fmt::format("No {} was found for {}.", spaced(e.field), quoted(e.value));
        }
        break;
    case ErrorCode::DatabaseOpenFailed:
        s = fmt::format("CareHouse could not open the database '{}': check the path, and that the folder exists "
                        "and you may read and write it.",
                        e.file.empty() ? e.value : e.file);
        fileSaid = true;
        break;
    case ErrorCode::NotCareHouseDatabase:
        s = fmt::format("'{}' is not a CareHouse database; it has not been changed.",
                        e.file.empty() ? e.value : e.file);
        fileSaid = true;
        break;
    case ErrorCode::DatabaseTooNew:
        s = fmt::format("'{}' was written by a newer version of CareHouse (schema version {}); install the newer "
                        "CareHouse to open it. It has not been changed.",
                        e.file, e.value);
        fileSaid = true;
        break;
    case ErrorCode::DatabaseReadOnly:
        s = fmt::format("The database '{}' is read-only, so nothing can be saved; ask whoever looks after this "
                        "computer for write access.",
                        e.file.empty() ? e.value : e.file);
        fileSaid = true;
        break;
    case ErrorCode::DatabaseBusy:
        s = "The database is busy: another CareHouse program is saving to it. Try again in a moment.";
        break;
    case ErrorCode::DiskFull: s = "The disk is full, so nothing was saved. Free some space and try again."; break;
    case ErrorCode::DatabaseCorrupt:
        s = fmt::format("The database{} is damaged. Stop using it, tell your practice manager, and restore the "
                        "latest backup.",
                        file.empty() ? std::string() : " '" + e.file + "'");
        fileSaid = true;
        break;
    case ErrorCode::SqlFailed:
        s = "An unexpected database problem stopped the command, and nothing was saved. The details are in the "
            "log (carehouse-cli.log).";
        break;
    case ErrorCode::NotInitialised:
        s = "This database has not been set up yet: run 'carehouse-cli init --site-name NAME' first.";
        break;
    case ErrorCode::AlreadyInitialised:
        s = e.value.empty()
            ? std::string("This database is already set up; it has not been changed.")
            : fmt::format("This database is already set up for '{}'; it has not been changed.", e.value);
        break;
    case ErrorCode::NotLoggedIn:
        s = "You must log in first: give --user NAME (or set CAREHOUSE_USER) and the password in "
            "CAREHOUSE_PASSWORD or when asked.";
        break;
    case ErrorCode::BadCredentials:
        s = fmt::format("The username or password is wrong{}. Check them and try again.",
                        e.value.empty() ? std::string() : " for '" + e.value + "'");
        break;
    case ErrorCode::AccountDisabled:
        s = fmt::format("The account '{}' is disabled; ask an administrator to enable it.", e.value);
        break;
    case ErrorCode::PermissionDenied:
        s = fmt::format("Permission denied: {} may not {}.", rolePhrase(e.value), permissionPhrase(e.field));
        break;
    case ErrorCode::UserExists:
        s = fmt::format("There is already a user called '{}'; choose another username.", e.value);
        break;
    case ErrorCode::StaleVersion:
        s = "Someone else changed this record while you were working on it, so nothing was saved. Look at it "
            "again and repeat your change.";
        break;
    case ErrorCode::ResourceInvalid:
        s = fmt::format("A CareHouse data file is damaged or missing{}{}. Reinstall CareHouse or ask support.",
                        file.empty() ? std::string() : ": " + file,
                        e.field.empty() ? std::string() : fmt::format(" (at {})", e.field));
        fileSaid = true;
        break;
    case ErrorCode::IoFailed:
        s = fmt::format("A file could not be read or written{}. Check the disk and the folder permissions.",
                        file.empty() ? std::string() : ": " + file);
        fileSaid = true;
        break;
    case ErrorCode::Cancelled: s = "Cancelled; anything already saved stays saved."; break;
    }
    if (s.empty())
        s = fmt::format("CareHouse could not do this ({}).", base::errorCodeName(e.code));
    if (!fileSaid && !file.empty())
        s += fmt::format(" (File: {}.)", file);
    return capitalised(s);
}

std::string ErrorWording::rowProblem(const base::Error& e)
{
    // Where in the file: "line 7" for CSV, the JSON path for FHIR ("$.entry[2].resource").
    std::string where;
    std::string field = e.field;
    if (!field.empty() && field[0] == '$') {
        auto colon = field.find(": ");
        where = field.substr(0, colon);
        field = colon == std::string::npos ? std::string() : field.substr(colon + 2);
    }
    if (e.line > 0)
        where = where.empty() ? fmt::format("line {}", e.line) : fmt::format("line {}, {}", e.line, where);
    const std::string prefix = fmt::format("{}{}", e.file.empty() ? std::string() : e.file + " ", where);
    base::Error inner = e;
    inner.file.clear();
    inner.line = 0;
    inner.field = field;
    std::string words;
    switch (e.code) {
    case ErrorCode::LikelyWrongUnit:
        words = fmt::format("{} {} is outside the plausible range; it was probably meant as {}. Ask the laboratory "
                            "which unit it used.",
                            itemOf(inner), quoted(e.value), e.hint);
        break;
    case ErrorCode::ImplausibleValue:
        words = fmt::format("{} {} is outside the plausible range{}.", itemOf(inner), quoted(e.value),
                            e.hint.empty() ? std::string() : " (" + e.hint + ")");
        break;
    case ErrorCode::UnknownCode:
        words = fmt::format("the test code {} is not a care process test CareHouse knows; check the system and code.",
                            quoted(e.value));
        break;
    case ErrorCode::RequiredField:
        words
            = field.empty() ? std::string("this required value is missing.") : fmt::format("the {} is missing.", field);
        break;
    case ErrorCode::MalformedInput:
        if (e.field == "quotes")
            words = "a quote is opened and never closed, so the rest of the file was not read.";
        else if (e.field == "columns")
            words = fmt::format("the row has only {} columns; every row needs a value for each column of the header.",
                                e.value);
        else if (e.field == "value")
            words = fmt::format("the value {} is not a number (write blood pressure as 140/85).", quoted(e.value));
        else
            words
                = fmt::format("this entry cannot be read{}{}.", e.value.empty() ? std::string() : " (" + e.value + ")",
                              e.detail.empty() ? std::string() : ": " + e.detail);
        break;
    default: words = sentence(inner); break;
    }
    return prefix.empty() ? capitalised(words) : prefix + ": " + words;
}

} // namespace carehouse::cli
