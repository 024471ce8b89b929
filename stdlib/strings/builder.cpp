// Package strings: Builder, a string assembled by appending.
//
// A Builder is Go's struct { addr *Builder; buf []byte }, laid out as Go
// lays it out, with its methods as natives on *Builder. Everything about it
// that a program can observe is Go's:
//
//   - buf grows as append grows a []byte (vm::growSlice: Go's doubling,
//     then 1.25x, rounded up to malloc size classes), except in Grow and in
//     WriteRune's room for a multi-byte rune, which make exactly
//     2*cap+n bytes, as Go's Builder.grow does; so Cap() reports Go's
//     numbers after any sequence of writes;
//   - String() is the bytes written so far, sharing buf: appending later
//     writes past the string's end and never changes it;
//   - the first write records the Builder's address, and a write through a
//     copy of a used Builder panics with Go's message, as do a negative
//     Grow and any method on a nil *Builder.
#include "stdlib/strings/text.h"
#include "vm/runtime.h"
#include "vm/slice.h"

namespace gos::stdlib::text {

using types::Kind;

namespace {

struct Builder {
    Builder* addr;  // the Builder's own address once used, to detect copies
    vm::GoSlice buf;
};
static_assert(sizeof(Builder) == 32);

Builder* receiver(vm::VM& vm, uint64_t* a) {
    auto* b = reinterpret_cast<Builder*>(a[0]);
    if (!b) vm.runtimeError(vm::kNilDeref, true);
    return b;
}

const types::Type* byteType(vm::VM& vm) { return vm.program().types->basic(Kind::Uint8); }

// The receiver, after Go's copyCheck.
Builder* writable(vm::VM& vm, uint64_t* a) {
    Builder* b = receiver(vm, a);
    if (!b->addr) b->addr = b;
    else if (b->addr != b) panicString(vm, "strings: illegal use of non-zero Builder copied by value");
    return b;
}

// Go's Builder.grow: a new buffer of exactly 2*cap+n bytes.
void grow(vm::VM& vm, Builder* b, int64_t n) {
    vm::GoSlice fresh = vm::makeSlice(vm, byteType(vm), b->buf.len, 2 * b->buf.cap + n);
    if (b->buf.len > 0) std::memcpy(fresh.data, b->buf.data, static_cast<size_t>(b->buf.len));
    b->buf = fresh;
}

// append(b.buf, bytes...)
void append(vm::VM& vm, Builder* b, const void* bytes, int64_t n) {
    if (n == 0) return;
    b->buf = vm::growSlice(vm, byteType(vm), b->buf, b->buf.len + n);
    std::memcpy(static_cast<char*>(b->buf.data) + b->buf.len, bytes, static_cast<size_t>(n));
    b->buf.len += n;
}

void setNilError(uint64_t* a, int slot) { a[slot] = a[slot + 1] = 0; }

void nString(vm::VM& vm, uint64_t* a) {
    Builder* b = receiver(vm, a);
    setString(a, 0, {b->buf.len ? static_cast<const char*>(b->buf.data) : nullptr, b->buf.len});
}
void nLen(vm::VM& vm, uint64_t* a) { a[0] = static_cast<uint64_t>(receiver(vm, a)->buf.len); }
void nCap(vm::VM& vm, uint64_t* a) { a[0] = static_cast<uint64_t>(receiver(vm, a)->buf.cap); }
void nReset(vm::VM& vm, uint64_t* a) {
    Builder* b = receiver(vm, a);
    b->addr = nullptr;
    b->buf = {nullptr, 0, 0};
}
void nGrow(vm::VM& vm, uint64_t* a) {
    Builder* b = writable(vm, a);
    auto n = static_cast<int64_t>(a[1]);
    if (n < 0) panicString(vm, "strings.Builder.Grow: negative count");
    if (b->buf.cap - b->buf.len < n) grow(vm, b, n);
}
// Write(p []byte) (int, error)
void nWrite(vm::VM& vm, uint64_t* a) {
    Builder* b = writable(vm, a);
    vm::GoSlice p = sliceArg(a, 1);
    append(vm, b, p.data, p.len);
    a[0] = static_cast<uint64_t>(p.len);
    setNilError(a, 1);
}
// WriteByte(c byte) error
void nWriteByte(vm::VM& vm, uint64_t* a) {
    Builder* b = writable(vm, a);
    auto c = static_cast<unsigned char>(a[1]);
    append(vm, b, &c, 1);
    setNilError(a, 0);
}
// WriteRune(r rune) (int, error)
void nWriteRune(vm::VM& vm, uint64_t* a) {
    Builder* b = writable(vm, a);
    auto r = static_cast<uint32_t>(a[1]);
    std::string enc;
    unicode::encode(enc, r);  // an invalid rune is written as U+FFFD
    if (r < kRuneSelf) {
        append(vm, b, enc.data(), 1);
    } else {
        constexpr int64_t kUTFMax = 4;
        if (b->buf.cap - b->buf.len < kUTFMax) grow(vm, b, kUTFMax);
        std::memcpy(static_cast<char*>(b->buf.data) + b->buf.len, enc.data(), enc.size());
        b->buf.len += static_cast<int64_t>(enc.size());
    }
    a[0] = enc.size();
    setNilError(a, 1);
}
// WriteString(s string) (int, error)
void nWriteString(vm::VM& vm, uint64_t* a) {
    Builder* b = writable(vm, a);
    std::string_view s = stringArg(a, 1);
    append(vm, b, s.data(), static_cast<int64_t>(s.size()));
    a[0] = s.size();
    setNilError(a, 1);
}

}  // namespace

void declareBuilder(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* s = b.basic(Kind::String);
    types::Type* intT = b.basic(Kind::Int);
    types::Type* err = tt.errorType();
    types::Named* builder = tt.named("Builder", "strings");
    tt.setUnderlying(builder, tt.structType({{"addr", tt.pointer(builder), 0, false, ""},
                                              {"buf", tt.slice(tt.byteType()), 0, false, ""}}));
    b.method(builder, "String", tt.func({}, {s}, false), true, nString);
    b.method(builder, "Len", tt.func({}, {intT}, false), true, nLen);
    b.method(builder, "Cap", tt.func({}, {intT}, false), true, nCap);
    b.method(builder, "Reset", tt.func({}, {}, false), true, nReset);
    b.method(builder, "Grow", tt.func({intT}, {}, false), true, nGrow);
    b.method(builder, "Write", tt.func({tt.slice(tt.byteType())}, {intT, err}, false), true, nWrite);
    b.method(builder, "WriteByte", tt.func({tt.byteType()}, {err}, false), true, nWriteByte);
    b.method(builder, "WriteRune", tt.func({tt.runeType()}, {intT, err}, false), true, nWriteRune);
    b.method(builder, "WriteString", tt.func({s}, {intT, err}, false), true, nWriteString);
    b.typeName("Builder", builder);
}

}  // namespace gos::stdlib::text
