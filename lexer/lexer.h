// The Go lexer: source bytes in, tokens out, with automatic semicolons.
//
// The token rules live in lexer.re and are compiled by re2c into a DFA;
// literals are finished by literals.cpp. Semicolons are inserted exactly as
// the spec says: when a line's last token is an identifier, a literal, one of
// the keywords break, continue, fallthrough and return, or one of ++ -- ) ]
// }, the newline (or the end of the file, or a comment spanning lines) that
// follows becomes a semicolon. Such a semicolon remembers what it stood for
// ("newline", "EOF") because gc's error messages name it that way.
//
// The whole text is checked for invalid UTF-8, NUL bytes and misplaced byte
// order marks once, up front, so the DFA can treat every byte >= 0x80 as
// part of an identifier, string or comment without decoding it.
//
// Such bytes are reported and then skipped, as gc's source reader does: a
// token goes on across them (pack<NUL>age is one identifier), yet its text
// keeps them (so 1<NUL> is a malformed constant, and pack<NUL>age no
// keyword). The DFA then runs over a copy without them (clean_), and every
// position and token text is mapped back to the source (sourceOf). Files
// without such bytes, nearly all, are lexed in place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lexer/source.h"
#include "lexer/token.h"

namespace gos {

class Lexer {
public:
    // `text` must be followed by a NUL byte (std::string's data() is).
    Lexer(std::string_view text, Diagnostics& diags);

    Token next();

private:
    Pos posOf(const char* p) const {
        return {line_, static_cast<uint32_t>(sourceOf(p) - sourceOf(lineStart_) + 1)};
    }
    // Where a byte of the lexed text (at or just past) is in the source.
    const char* sourceOf(const char* p) const;
    // The token's text in the source, from start to cur_.
    std::string_view sourceText(const char* start) const {
        const char* from = sourceOf(start);
        return {from, static_cast<size_t>(sourceOf(cur_) - from)};
    }
    void skipped(Token& t, const char* start);
    // Accounts for the newlines in [from, to).
    void countLines(const char* from, const char* to);
    void checkEncoding();
    void lineDirective(std::string_view text);
    void identifier(Token& t);
    void literalErrors(const char* start, const struct LiteralScan& scan);

    const char* source_;        // the text as given
    std::string clean_;         // the text without skipped bytes, when it had some
    std::vector<size_t> skips_; // offsets in clean_ at which a skipped byte stood, sorted
    const char* begin_;
    const char* cur_;
    const char* limit_;
    const char* lineStart_;
    uint32_t line_ = 1;
    bool nlsemi_ = false;
    Diagnostics& diags_;
};

}  // namespace gos
