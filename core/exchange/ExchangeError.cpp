#include "core/exchange/ExchangeError.h"

#include <array>

namespace carehouse::exchange {

namespace {

constexpr std::array kAll = {
    ExchangeError::NotExchangeFile,   ExchangeError::UpgradeNeeded,
    ExchangeError::Incomplete,        ExchangeError::HeaderMalformed,
    ExchangeError::SizeLimitExceeded, ExchangeError::TrailingBytes,
    ExchangeError::UnknownSigner,     ExchangeError::RevokedSigner,
    ExchangeError::BadSignature,      ExchangeError::NotForThisSite,
    ExchangeError::CannotUnsealKey,   ExchangeError::ChunkDecryptFailed,
    ExchangeError::MissingFinal,      ExchangeError::DataAfterFinal,
    ExchangeError::ReadFailed,        ExchangeError::InvalidRequest,
    ExchangeError::WriteFailed,       ExchangeError::PublishFailed,
    ExchangeError::SelfCheckFailed,   ExchangeError::CardMalformed,
    ExchangeError::CardTooNew,        ExchangeError::CardMissingField,
    ExchangeError::CardWrongType,     ExchangeError::CardBadEncoding,
    ExchangeError::CardBadKeyLength,  ExchangeError::CardFingerprintMismatch,
};

} // namespace

std::string_view exchangeErrorName(ExchangeError reason)
{
    switch (reason) {
    case ExchangeError::NotExchangeFile: return "exchange-not-exchange-file";
    case ExchangeError::UpgradeNeeded: return "exchange-upgrade-needed";
    case ExchangeError::Incomplete: return "exchange-incomplete";
    case ExchangeError::HeaderMalformed: return "exchange-header-malformed";
    case ExchangeError::SizeLimitExceeded: return "exchange-size-limit-exceeded";
    case ExchangeError::TrailingBytes: return "exchange-trailing-bytes";
    case ExchangeError::UnknownSigner: return "exchange-unknown-signer";
    case ExchangeError::RevokedSigner: return "exchange-revoked-signer";
    case ExchangeError::BadSignature: return "exchange-bad-signature";
    case ExchangeError::NotForThisSite: return "exchange-not-for-this-site";
    case ExchangeError::CannotUnsealKey: return "exchange-cannot-unseal-key";
    case ExchangeError::ChunkDecryptFailed: return "exchange-chunk-decrypt-failed";
    case ExchangeError::MissingFinal: return "exchange-missing-final";
    case ExchangeError::DataAfterFinal: return "exchange-data-after-final";
    case ExchangeError::ReadFailed: return "exchange-read-failed";
    case ExchangeError::InvalidRequest: return "exchange-invalid-request";
    case ExchangeError::WriteFailed: return "exchange-write-failed";
    case ExchangeError::PublishFailed: return "exchange-publish-failed";
    case ExchangeError::SelfCheckFailed: return "exchange-self-check-failed";
    case ExchangeError::CardMalformed: return "site-card-malformed";
    case ExchangeError::CardTooNew: return "site-card-too-new";
    case ExchangeError::CardMissingField: return "site-card-missing-field";
    case ExchangeError::CardWrongType: return "site-card-wrong-type";
    case ExchangeError::CardBadEncoding: return "site-card-bad-encoding";
    case ExchangeError::CardBadKeyLength: return "site-card-bad-key-length";
    case ExchangeError::CardFingerprintMismatch: return "site-card-fingerprint-mismatch";
    }
    return "exchange-unknown";
}

base::ErrorCode baseCodeFor(ExchangeError reason)
{
    switch (reason) {
    case ExchangeError::UnknownSigner:
    case ExchangeError::RevokedSigner:
    case ExchangeError::NotForThisSite: return base::ErrorCode::PermissionDenied;
    case ExchangeError::ReadFailed:
    case ExchangeError::WriteFailed:
    case ExchangeError::PublishFailed:
    case ExchangeError::SelfCheckFailed: return base::ErrorCode::IoFailed;
    case ExchangeError::InvalidRequest: return base::ErrorCode::InvalidArgument;
    default: return base::ErrorCode::MalformedInput;
    }
}

base::Error makeExchangeError(ExchangeError reason, std::string field, std::string value)
{
    return base::Error::make(baseCodeFor(reason), std::move(field), std::move(value))
        .withDetail(std::string(exchangeErrorName(reason)));
}

std::optional<ExchangeError> exchangeErrorOf(const base::Error& error)
{
    for (ExchangeError reason : kAll)
        if (error.detail == exchangeErrorName(reason))
            return reason;
    return std::nullopt;
}

bool isRetryable(ExchangeError reason)
{
    return reason == ExchangeError::Incomplete || reason == ExchangeError::ReadFailed;
}

} // namespace carehouse::exchange
