#pragma once

#include "core/base/Error.h"

#include <optional>
#include <string>
#include <string_view>

namespace carehouse::exchange {

// Why the exchange module refused something. Each reason travels as a base::Error whose
// `detail` is exchangeErrorName(reason) (the same sub-code convention as the questionnaire
// reader) and whose `code` is the nearest base::ErrorCode, so code that only knows base codes
// still does something sensible; the edge words each reason from exchangeErrorOf(error).
//
// Context carried, by reason (all data, never sentences):
//   file   the path, when reading or writing one
//   field  the part of the file: "prelude", "header", "<header field>", "recipients",
//          "stream header", "chunk", "signature", "body"
//   value  the offending value: the format version, the chunk index, the signer's fingerprint
//          groups, the site id, the number of bytes present
//   hint   what would have been right: the newest version this build reads, the number of
//          bytes the header declares, the limit exceeded, the revocation time (ms)
enum class ExchangeError
{
    // Reading an exchange file, in the order the reader checks (docs/exchange-format.md).
    NotExchangeFile, // no magic: not an exchange file at all
    UpgradeNeeded, // a newer format version: keep the file, upgrade CareHouse
    Incomplete, // ends before its declared end: still being copied? retry later, do not quarantine
    HeaderMalformed, // the header does not parse (a field runs past its end, a bad value)
    SizeLimitExceeded, // a declared length above the reader's limits (hostile lengths)
    TrailingBytes, // bytes after the signature
    UnknownSigner, // the sender's key is not a known peer's (or belongs to another site)
    RevokedSigner, // signed by a revoked key at or after its revocation
    BadSignature, // the signature does not verify: tampered or damaged
    NotForThisSite, // no recipient entry for this site
    CannotUnsealKey, // the entry for this site does not open with this site's key
    ChunkDecryptFailed, // a chunk of the body fails to decrypt (or has an unexpected tag)
    MissingFinal, // the last chunk is not tagged FINAL
    DataAfterFinal, // a chunk tagged FINAL is followed by more chunks
    ReadFailed, // the file or stream could not be read
                // Writing one.
    InvalidRequest, // nothing to write to, a bad site id, too much metadata
    WriteFailed, // writing or syncing the temporary file failed (disk full: base code DiskFull)
    PublishFailed, // the rename into place failed: the folder refuses rename
    SelfCheckFailed, // the file read back is not the file written
                     // Site cards.
    CardMalformed, // not JSON, not an object, or not a site card
    CardTooNew, // a newer card format version: upgrade needed
    CardMissingField,
    CardWrongType, // a field of the wrong JSON type or an invalid value (site id not a UUID)
    CardBadEncoding, // a key that is not base64, a fingerprint that is not hex
    CardBadKeyLength,
    CardFingerprintMismatch, // the fingerprint is not the fingerprint of the card's keys
};

std::string_view exchangeErrorName(ExchangeError reason); // "exchange-not-exchange-file", ...
base::ErrorCode baseCodeFor(ExchangeError reason);
base::Error makeExchangeError(ExchangeError reason, std::string field = {}, std::string value = {});
// The reason of an error made by makeExchangeError; nullopt for any other error.
std::optional<ExchangeError> exchangeErrorOf(const base::Error& error);
// True for reasons after which the caller should retry later rather than quarantine the file.
bool isRetryable(ExchangeError reason);

} // namespace carehouse::exchange
