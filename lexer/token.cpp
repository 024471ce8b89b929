#include "lexer/token.h"

namespace gos {

std::string_view tokenSpelling(Tok t) {
    static constexpr std::string_view kSpelling[] = {
#define GOS_TOKEN_SPELLING(name, spelling) spelling,
        GOS_TOKENS(GOS_TOKEN_SPELLING)
#undef GOS_TOKEN_SPELLING
    };
    if (t == Tok::Comma) return ",";
    if (t == Tok::Semicolon) return ";";
    return kSpelling[static_cast<size_t>(t)];
}

}  // namespace gos
