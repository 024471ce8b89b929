// What the files of package strings share: UTF-8 stepping as Go's
// unicode/utf8 does it, unicode.IsSpace, the searches other functions are
// built on, and the groups of members each file declares.
//
// Go's strings functions are defined on bytes, yet decode runes where the
// text matters (IndexRune, Trim with a cutset, Fields): an invalid byte then
// counts as one rune U+FFFD of width one, forwards (DecodeRuneInString) and
// backwards (DecodeLastRuneInString) alike. The helpers here keep exactly
// that behaviour so every caller inherits it.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexer/unicode.h"
#include "stdlib/stdlib.h"

namespace gos::stdlib::text {

constexpr uint32_t kRuneSelf = 0x80;  // below it, a byte is a rune of its own

// The rune at the start of s and its width (utf8.DecodeRuneInString);
// an empty s gives U+FFFD and width 0.
inline size_t decodeRune(std::string_view s, uint32_t& r) {
    if (!s.empty() && static_cast<unsigned char>(s[0]) < kRuneSelf) {
        r = static_cast<unsigned char>(s[0]);
        return 1;
    }
    return unicode::decode(s.data(), s.size(), r);
}

// The rune at the end of s and its width (utf8.DecodeLastRuneInString).
size_t decodeLastRune(std::string_view s, uint32_t& r);

// utf8.RuneCountInString: an invalid byte counts as one rune.
int64_t runeCount(std::string_view s);

// utf8.ValidRune: a Unicode scalar value (no surrogate, at most U+10FFFF).
inline bool validRune(int64_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= unicode::kMaxRune); }

// unicode.IsSpace: the Latin-1 spaces and the White_Space property.
bool isSpace(uint32_t r);

// The ASCII white space of Go's strings package ('\t' '\n' '\v' '\f' '\r' ' ').
inline bool isAsciiSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// strings.Index / LastIndex / IndexRune / Count as Go defines them
// (-1 when absent).
int64_t index(std::string_view s, std::string_view sub);
int64_t lastIndex(std::string_view s, std::string_view sub);
int64_t indexRune(std::string_view s, int64_t r);
int64_t count(std::string_view s, std::string_view sub);

// The fields of s: the maximal runs of runes for which isSep is false, in
// order (strings.Fields and FieldsFunc; isSep runs once per rune, left to
// right, as Go calls it).
template <class IsSep>
std::vector<std::string_view> fieldsOf(std::string_view s, IsSep isSep) {
    std::vector<std::string_view> found;
    size_t start = 0;
    bool inField = false;
    for (size_t i = 0; i < s.size();) {
        uint32_t r;
        size_t w = decodeRune(s.substr(i), r);
        if (isSep(r)) {
            if (inField) found.push_back(s.substr(start, i - start));
            inField = false;
        } else if (!inField) {
            start = i;
            inField = true;
        }
        i += w;
    }
    if (inField) found.push_back(s.substr(start));
    return found;
}

// The groups of package members, one per file.
void declareSearch(PackageBuilder& b);
void declareSplit(PackageBuilder& b);
void declareTrim(PackageBuilder& b);
void declareTransform(PackageBuilder& b);
void declareCompare(PackageBuilder& b);
void declareBuilder(PackageBuilder& b);
void declareFuncs(PackageBuilder& b);

}  // namespace gos::stdlib::text
