#include "core/exchange/EnvelopeReader.h"

#include "core/exchange/ExchangeError.h"
#include "core/security/SiteKeys.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <istream>
#include <sodium.h>

namespace carehouse::exchange {

namespace {

constexpr std::uint64_t kUnreservedBodyLimit = 64ull * 1024 * 1024;
constexpr std::uint64_t kAbsoluteMaxBodyBytes = 1ull << 56;

std::uint64_t getLe(const unsigned char* p, int bytes)
{
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | p[i];
    return value;
}

std::size_t readUpTo(std::istream& in, void* out, std::size_t size)
{
    if (size == 0)
        return 0;
    in.read(static_cast<char*>(out), static_cast<std::streamsize>(size));
    return static_cast<std::size_t>(in.gcount());
}

base::Error incomplete(std::string field, std::uint64_t present = 0, std::uint64_t declared = 0)
{
    auto e = makeExchangeError(ExchangeError::Incomplete, std::move(field));
    if (declared > 0) {
        e.value = std::to_string(present);
        e.hint = std::to_string(declared);
    }
    return e;
}

// The wiped plaintext of a file that was not accepted.
void wipe(std::string& body)
{
    if (!body.empty())
        sodium_memzero(body.data(), body.size());
    body.clear();
}

struct Prelude
{
    std::uint16_t version = 0;
    std::uint32_t headerLength = 0;
    unsigned char bytes[format::kPreludeBytes]{};
};

// Magic, version, reserved field and header length, in that order.
base::Result<Prelude> readPrelude(std::istream& in)
{
    Prelude p;
    const std::size_t got = readUpTo(in, p.bytes, sizeof p.bytes);
    if (in.bad())
        return makeExchangeError(ExchangeError::ReadFailed, "prelude");
    const std::size_t magicPresent = std::min(got, format::kMagic.size());
    if (std::memcmp(p.bytes, format::kMagic.data(), magicPresent) != 0)
        return makeExchangeError(ExchangeError::NotExchangeFile, "magic");
    if (got < 10)
        return incomplete("prelude", got, format::kPreludeBytes);
    p.version = static_cast<std::uint16_t>(getLe(p.bytes + 8, 2));
    if (p.version > format::kVersion)
        return makeExchangeError(ExchangeError::UpgradeNeeded, "format version", std::to_string(p.version))
            .withHint(std::to_string(format::kVersion));
    if (p.version == 0)
        return makeExchangeError(ExchangeError::HeaderMalformed, "format version", "0");
    if (got < format::kPreludeBytes)
        return incomplete("prelude", got, format::kPreludeBytes);
    if (getLe(p.bytes + 10, 2) != 0)
        return makeExchangeError(ExchangeError::HeaderMalformed, "reserved", std::to_string(getLe(p.bytes + 10, 2)));
    const auto headerLength = getLe(p.bytes + 12, 4);
    if (headerLength > format::kMaxHeaderBytes)
        return makeExchangeError(ExchangeError::SizeLimitExceeded, "header length", std::to_string(headerLength))
            .withHint(std::to_string(format::kMaxHeaderBytes));
    p.headerLength = static_cast<std::uint32_t>(headerLength);
    return p;
}

struct HeaderBlock
{
    Prelude prelude;
    std::string bytes;
    EnvelopeHeader header;
};

base::Result<HeaderBlock> readHeaderBlock(std::istream& in)
{
    auto prelude = readPrelude(in);
    if (!prelude)
        return prelude.error();
    HeaderBlock block;
    block.prelude = *prelude;
    block.bytes.resize(prelude->headerLength);
    const std::size_t got = readUpTo(in, block.bytes.data(), block.bytes.size());
    if (in.bad())
        return makeExchangeError(ExchangeError::ReadFailed, "header");
    if (got < block.bytes.size())
        return incomplete("header", format::kPreludeBytes + got, format::kPreludeBytes + block.bytes.size());
    auto header = EnvelopeHeader::decode(block.bytes);
    if (!header)
        return header.error();
    block.header = std::move(*header);
    block.header.formatVersion = prelude->version;
    return block;
}

base::Error withFile(base::Error e, const std::string& path)
{
    e.file = path;
    return e;
}

} // namespace

EnvelopeReader::EnvelopeReader(SignerLookup signers, ReaderLimits limits)
    : m_signers(std::move(signers))
    , m_limits(limits)
{
}

base::Result<EnvelopeHeader> EnvelopeReader::peekHeader(std::istream& in)
{
    auto block = readHeaderBlock(in);
    if (!block)
        return block.error();
    return std::move(block->header);
}

base::Result<EnvelopeHeader> EnvelopeReader::verify(std::istream& in) const
{
    auto opened = read(in, nullptr);
    if (!opened)
        return opened.error();
    return std::move(opened->header);
}

base::Result<OpenedEnvelope> EnvelopeReader::open(std::istream& in, const RecipientIdentity& me) const
{
    return read(in, &me);
}

base::Result<EnvelopeHeader> EnvelopeReader::verifyFile(const std::string& path) const
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return withFile(makeExchangeError(ExchangeError::ReadFailed, "file").withHint(std::strerror(errno)), path);
    auto header = verify(in);
    if (!header)
        return withFile(header.error(), path);
    return header;
}

base::Result<OpenedEnvelope> EnvelopeReader::openFile(const std::string& path, const RecipientIdentity& me) const
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return withFile(makeExchangeError(ExchangeError::ReadFailed, "file").withHint(std::strerror(errno)), path);
    auto opened = open(in, me);
    if (!opened)
        return withFile(opened.error(), path);
    return opened;
}

base::Result<OpenedEnvelope> EnvelopeReader::read(std::istream& in, const RecipientIdentity* me) const
{
    if (sodium_init() < 0)
        return makeExchangeError(ExchangeError::ReadFailed).withHint("libsodium failed to initialise");

    // The size, when the stream can tell it: lets an incomplete or over-long file be refused
    // before any of it is decrypted. Streams that cannot seek are checked as they are read.
    std::optional<std::uint64_t> size;
    {
        const auto start = in.tellg();
        if (start != std::streampos(-1) && in.seekg(0, std::ios::end)) {
            const auto end = in.tellg();
            if (end != std::streampos(-1) && end >= start)
                size = static_cast<std::uint64_t>(end - start);
        }
        in.clear();
        in.seekg(start);
        in.clear();
    }

    auto block = readHeaderBlock(in);
    if (!block)
        return block.error();
    const EnvelopeHeader& header = block->header;
    // However high a caller sets the limit, the declared size below must not overflow.
    const std::uint64_t maxBody = std::min(m_limits.maxBodyBytes, kAbsoluteMaxBodyBytes);
    if (header.bodyLength > maxBody)
        return makeExchangeError(ExchangeError::SizeLimitExceeded, "body length", std::to_string(header.bodyLength))
            .withHint(std::to_string(maxBody));
    const std::uint64_t declared = format::kPreludeBytes + block->bytes.size()
        + format::bodyBytes(header.bodyLength, header.chunkSize) + format::kSignatureBytes;
    if (size && *size < declared)
        return incomplete("body", *size, declared);
    if (size && *size > declared)
        return makeExchangeError(ExchangeError::TrailingBytes, "signature", std::to_string(*size))
            .withHint(std::to_string(declared));

    const auto signer = m_signers ? m_signers(header.senderKeyId) : std::nullopt;
    if (!signer)
        return makeExchangeError(ExchangeError::UnknownSigner, "signer", header.senderKeyId.groups())
            .withHint(header.senderSiteId);
    if (signer->siteId != header.senderSiteId)
        return makeExchangeError(ExchangeError::UnknownSigner, "sender site id", header.senderSiteId)
            .withHint(signer->siteId);
    if (signer->revokedAtMillis && header.createdAtMillis >= *signer->revokedAtMillis)
        return makeExchangeError(ExchangeError::RevokedSigner, "signer", header.senderKeyId.groups())
            .withHint(std::to_string(*signer->revokedAtMillis));

    crypto_sign_state signature;
    crypto_sign_init(&signature);
    crypto_sign_update(&signature, block->prelude.bytes, sizeof block->prelude.bytes);
    crypto_sign_update(&signature, reinterpret_cast<const unsigned char*>(block->bytes.data()), block->bytes.size());

    // Problems found while decrypting are held back until the signature has been checked: a
    // tampered file is reported as tampered, whatever part of it was changed.
    std::optional<base::Error> deferred;
    unsigned char fileKey[format::kFileKeyBytes]{};
    bool haveKey = false;
    if (me) {
        const EnvelopeRecipient* entry = header.recipientFor(me->siteId);
        if (!entry) {
            deferred = makeExchangeError(ExchangeError::NotForThisSite, "recipients", me->siteId);
        } else {
            const auto key = std::find_if(me->keys.begin(), me->keys.end(), [&](const security::SiteKeys* k) {
                return k && k->fingerprint() == entry->keyId;
            });
            if (key == me->keys.end())
                deferred = makeExchangeError(ExchangeError::CannotUnsealKey, "recipient key", entry->keyId.groups())
                               .withHint("key not held");
            else if (crypto_box_seal_open(fileKey, entry->sealedFileKey.data(), entry->sealedFileKey.size(),
                                          (*key)->encryptionPublicKey().data(), (*key)->encryptionSecretKey())
                     != 0)
                deferred = makeExchangeError(ExchangeError::CannotUnsealKey, "recipient key", entry->keyId.groups());
            else
                haveKey = true;
        }
    }

    unsigned char streamHeader[format::kStreamHeaderBytes];
    const std::size_t streamHeaderRead = readUpTo(in, streamHeader, sizeof streamHeader);
    if (streamHeaderRead < sizeof streamHeader) {
        sodium_memzero(fileKey, sizeof fileKey);
        return in.bad() ? makeExchangeError(ExchangeError::ReadFailed, "stream header") : incomplete("stream header");
    }
    crypto_sign_update(&signature, streamHeader, sizeof streamHeader);
    crypto_secretstream_xchacha20poly1305_state stream;
    bool decrypting = false;
    if (haveKey) {
        if (crypto_secretstream_xchacha20poly1305_init_pull(&stream, streamHeader, fileKey) != 0)
            deferred = makeExchangeError(ExchangeError::ChunkDecryptFailed, "stream header");
        else
            decrypting = true;
    }
    sodium_memzero(fileKey, sizeof fileKey);

    OpenedEnvelope result;
    if (decrypting)
        result.body.reserve(
            static_cast<std::size_t>(size ? header.bodyLength : std::min(header.bodyLength, kUnreservedBodyLimit)));
    const std::uint64_t chunks = format::chunkCount(header.bodyLength, header.chunkSize);
    std::vector<unsigned char> cipher(header.chunkSize + format::kChunkOverheadBytes);
    for (std::uint64_t i = 0; i < chunks; ++i) {
        const bool last = i + 1 == chunks;
        const std::size_t plainLength
            = static_cast<std::size_t>(last ? header.bodyLength - i * header.chunkSize : header.chunkSize);
        const std::size_t cipherLength = plainLength + format::kChunkOverheadBytes;
        if (readUpTo(in, cipher.data(), cipherLength) < cipherLength) {
            sodium_memzero(&stream, sizeof stream);
            wipe(result.body);
            return in.bad() ? makeExchangeError(ExchangeError::ReadFailed, "chunk", std::to_string(i))
                            : incomplete("chunk", i, chunks);
        }
        crypto_sign_update(&signature, cipher.data(), cipherLength);
        if (!decrypting)
            continue;
        const std::size_t offset = result.body.size();
        result.body.resize(offset + plainLength);
        unsigned long long decrypted = 0;
        unsigned char tag = 0;
        auto* plain = reinterpret_cast<unsigned char*>(result.body.data()) + offset;
        if (crypto_secretstream_xchacha20poly1305_pull(&stream, plain, &decrypted, &tag, cipher.data(), cipherLength,
                                                       header.fileId.data(), header.fileId.size())
                != 0
            || decrypted != plainLength)
            deferred = makeExchangeError(ExchangeError::ChunkDecryptFailed, "chunk", std::to_string(i));
        else if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL && !last)
            deferred = makeExchangeError(ExchangeError::DataAfterFinal, "chunk", std::to_string(i))
                           .withHint(std::to_string(chunks));
        else if (last && tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            deferred = makeExchangeError(ExchangeError::MissingFinal, "chunk", std::to_string(i));
        else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
                 && tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            deferred = makeExchangeError(ExchangeError::ChunkDecryptFailed, "chunk", std::to_string(i))
                           .withHint("tag " + std::to_string(tag));
        if (deferred)
            decrypting = false;
    }
    sodium_memzero(&stream, sizeof stream);

    unsigned char signatureBytes[format::kSignatureBytes];
    if (readUpTo(in, signatureBytes, sizeof signatureBytes) < sizeof signatureBytes) {
        wipe(result.body);
        return in.bad() ? makeExchangeError(ExchangeError::ReadFailed, "signature") : incomplete("signature");
    }
    if (in.peek() != std::char_traits<char>::eof()) {
        wipe(result.body);
        return makeExchangeError(ExchangeError::TrailingBytes, "signature");
    }
    if (in.bad()) {
        wipe(result.body);
        return makeExchangeError(ExchangeError::ReadFailed, "signature");
    }
    if (crypto_sign_final_verify(&signature, signatureBytes, signer->signingKey.data()) != 0) {
        wipe(result.body);
        return makeExchangeError(ExchangeError::BadSignature, "signature", header.senderKeyId.groups());
    }
    if (deferred) {
        wipe(result.body);
        return *deferred;
    }
    result.header = std::move(block->header);
    return result;
}

} // namespace carehouse::exchange
