#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

// The constants of exchange file format version 1 (docs/exchange-format.md is the spec).
namespace carehouse::exchange::format {

// PNG-style: a high-bit byte catches 7-bit transfers, CR LF catches line-ending conversion,
// 0x1A stops a DOS `type`.
constexpr std::array<unsigned char, 8> kMagic = {0x89, 'C', 'H', 'X', '\r', '\n', 0x1A, '\n'};
constexpr std::uint16_t kVersion = 1; // the newest version this build writes and reads
constexpr std::size_t kPreludeBytes = 16; // magic, version u16, reserved u16, header length u32

constexpr std::size_t kMaxHeaderBytes = 1024 * 1024;
constexpr std::size_t kMaxSiteIdBytes = 64;
constexpr std::size_t kMaxRecipients = 256;
constexpr std::size_t kMaxMetadataBytes = 256 * 1024;
constexpr std::uint32_t kMinChunkSize = 64;
constexpr std::uint32_t kMaxChunkSize = 1024 * 1024;
constexpr std::uint32_t kDefaultChunkSize = 64 * 1024;
// The reader's default limit on the plaintext body (the whole body is held in memory).
constexpr std::uint64_t kDefaultMaxBodyBytes = 2ull * 1024 * 1024 * 1024;

constexpr std::size_t kKeyIdBytes = 32; // security::KeyFingerprint
constexpr std::size_t kFileIdBytes = 16;
constexpr std::size_t kFileKeyBytes = 32; // crypto_secretstream_xchacha20poly1305_KEYBYTES
constexpr std::size_t kSealedKeyBytes = 80; // crypto_box_SEALBYTES (48) + kFileKeyBytes
constexpr std::size_t kStreamHeaderBytes = 24; // crypto_secretstream_xchacha20poly1305_HEADERBYTES
constexpr std::size_t kChunkOverheadBytes = 17; // crypto_secretstream_xchacha20poly1305_ABYTES
constexpr std::size_t kSignatureBytes = 64; // crypto_sign_BYTES

// Number of chunks for a body: at least one, so an empty body is one empty FINAL chunk.
constexpr std::uint64_t chunkCount(std::uint64_t bodyLength, std::uint32_t chunkSize)
{
    return bodyLength == 0 ? 1 : (bodyLength + chunkSize - 1) / chunkSize;
}

// Bytes from the start of the stream header to the end of the last chunk.
constexpr std::uint64_t bodyBytes(std::uint64_t bodyLength, std::uint32_t chunkSize)
{
    return kStreamHeaderBytes + bodyLength + chunkCount(bodyLength, chunkSize) * kChunkOverheadBytes;
}

} // namespace carehouse::exchange::format
