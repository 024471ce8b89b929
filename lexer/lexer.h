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
#pragma once

#include <string_view>

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
        return {line_, static_cast<uint32_t>(p - lineStart_ + 1)};
    }
    // Accounts for the newlines in [from, to).
    void countLines(const char* from, const char* to);
    void checkEncoding();
    void lineDirective(std::string_view text);
    void identifier(Token& t);
    void literalErrors(const char* start, const struct LiteralScan& scan);

    const char* begin_;
    const char* cur_;
    const char* limit_;
    const char* lineStart_;
    uint32_t line_ = 1;
    bool nlsemi_ = false;
    Diagnostics& diags_;
};

}  // namespace gos
