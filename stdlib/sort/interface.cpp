// Package sort: sort.Interface and what is built on it. Sort, Stable,
// IsSorted, Reverse, and the types IntSlice, Float64Slice and StringSlice.
//
// sort.Sort gets an interface value and must call its Len, Less and Swap
// the way a Go interface call would: the method of the dynamic type, with
// the interface's data word as receiver. A method written in Go runs in the
// VM through its ifaceFunction (the compiler's entry for interface calls,
// which unboxes value receivers); a library method (IntSlice's, Reverse's)
// is a native, called directly. The calls are resolved once per sort, and
// the algorithms are the same templates as for sort.Slice, so the sequence
// of Less and Swap calls a Go type observes is Go's. When the dynamic type
// is IntSlice, Float64Slice or StringSlice, the comparisons run in C++: the
// order of calls is then unobservable and the result is the same.
//
// Native methods receive their receiver as an interface call passes it:
// IntSlice's methods get a pointer to the slice header; *reverse's, the
// pointer. sort.Reverse returns a *sort.reverse holding the Interface it
// reverses, which prints as Go prints it (&{[3 1 2]}).
#include "stdlib/sort/data.h"
#include "stdlib/sort/pdqsort.h"
#include "stdlib/sort/stable.h"
#include "vm/runtime.h"

namespace gos::stdlib::sorting {

using types::Kind;

namespace {

// A method of a dynamic value, ready to be called from a native.
class BoundMethod {
public:
    BoundMethod(vm::VM& vm, const vm::Iface& v, const char* name) : vm_(vm), recv_(reinterpret_cast<uint64_t>(v.data)) {
        m_ = vm::findMethod(v.type, name);
        if (!m_) vm.runtimeError(vm::kNilDeref, true);  // a nil interface
        if (m_->native < 0 && m_->ifaceFunction < 0)
            vm.fatal("sort: method " + std::string(name) + " of " + types::typeString(v.type, true) +
                     " cannot be called from a library function yet");
    }
    // Calls it with up to two int arguments; returns its first result slot.
    uint64_t call(std::initializer_list<uint64_t> args) {
        if (m_->native >= 0) {
            uint64_t slots[3] = {recv_, 0, 0};
            std::copy(args.begin(), args.end(), slots + 1);
            vm_.program().natives[static_cast<size_t>(m_->native)].fn(vm_, slots);
            return slots[0];
        }
        uint64_t slots[3] = {recv_, 0, 0};
        std::copy(args.begin(), args.end(), slots + 1);
        uint64_t result[1];
        vm_.call(m_->ifaceFunction, std::span<const uint64_t>(slots, 1 + args.size()), result);
        return result[0];
    }

private:
    vm::VM& vm_;
    uint64_t recv_;
    const types::Method* m_ = nullptr;
};

// A sort.Interface as the algorithms' data.
class InterfaceData {
public:
    InterfaceData(vm::VM& vm, const vm::Iface& v) : less_(vm, v, "Less"), swap_(vm, v, "Swap") {}
    bool less(int64_t i, int64_t j) {
        return (less_.call({static_cast<uint64_t>(i), static_cast<uint64_t>(j)}) & 0xFF) != 0;
    }
    void swap(int64_t i, int64_t j) { swap_.call({static_cast<uint64_t>(i), static_cast<uint64_t>(j)}); }

private:
    BoundMethod less_, swap_;
};

int64_t lenOf(vm::VM& vm, const vm::Iface& v) { return static_cast<int64_t>(BoundMethod(vm, v, "Len").call({})); }

types::Type* libraryType(vm::VM& vm, const char* key) { return vm.program().libraryTypes.at(key); }

// Runs f on the fastest data for v: C++ comparisons for the library's own
// slice types, the interface's methods otherwise.
template <class F>
void withData(vm::VM& vm, const vm::Iface& v, F&& f) {
    if (v.type && v.type == libraryType(vm, "sort.IntSlice")) {
        auto* s = static_cast<vm::GoSlice*>(v.data);
        IntsData d{static_cast<int64_t*>(s->data)};
        f(d);
    } else if (v.type && v.type == libraryType(vm, "sort.Float64Slice")) {
        auto* s = static_cast<vm::GoSlice*>(v.data);
        Float64sData d{static_cast<double*>(s->data)};
        f(d);
    } else if (v.type && v.type == libraryType(vm, "sort.StringSlice")) {
        auto* s = static_cast<vm::GoSlice*>(v.data);
        StringsData d{static_cast<vm::GoString*>(s->data)};
        f(d);
    } else {
        InterfaceData d(vm, v);
        f(d);
    }
}

// Sort(data Interface)
void nSort(vm::VM& vm, uint64_t* a) {
    vm::Iface v = ifaceArg(a, 0);
    int64_t n = lenOf(vm, v);
    if (n <= 1) return;
    withData(vm, v, [&](auto& d) { sortAll(d, n); });
}
// Stable(data Interface)
void nStable(vm::VM& vm, uint64_t* a) {
    vm::Iface v = ifaceArg(a, 0);
    int64_t n = lenOf(vm, v);
    withData(vm, v, [&](auto& d) { stableSort(d, n); });
}
// IsSorted(data Interface) bool
void nIsSorted(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    vm::Iface v = ifaceArg(a, 0);
    int64_t n = lenOf(vm, v);
    bool sorted = true;
    withData(vm, v, [&](auto& d) {
        for (int64_t i = n - 1; i > 0 && sorted; --i) sorted = !d.less(i, i - 1);
    });
    results.get(vm)[0] = sorted;
}

// ---- Reverse -------------------------------------------------------------------------

// sort.reverse: struct { Interface }
vm::Iface* reversed(vm::VM& vm, uint64_t* a) {
    auto* r = reinterpret_cast<vm::Iface*>(a[0]);
    if (!r) vm.runtimeError(vm::kNilDeref, true);
    return r;
}

// Reverse(data Interface) Interface
void nReverse(vm::VM& vm, uint64_t* a) {
    auto* r = static_cast<vm::Iface*>(vm.allocate(sizeof(vm::Iface), false));
    *r = ifaceArg(a, 0);
    setIface(a, 0, {libraryType(vm, "sort.reverse"), r});
}
void nReverseLen(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    int64_t n = lenOf(vm, *reversed(vm, a));
    results.get(vm)[0] = static_cast<uint64_t>(n);
}
void nReverseLess(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    uint64_t i = a[1], j = a[2];
    uint64_t less = BoundMethod(vm, *reversed(vm, a), "Less").call({j, i});
    results.get(vm)[0] = (less & 0xFF) != 0;
}
void nReverseSwap(vm::VM& vm, uint64_t* a) {
    uint64_t i = a[1], j = a[2];
    BoundMethod(vm, *reversed(vm, a), "Swap").call({i, j});
}

// ---- IntSlice, Float64Slice, StringSlice ------------------------------------------------

// The receiver: a pointer to the slice header.
vm::GoSlice receiver(const uint64_t* a) { return *reinterpret_cast<const vm::GoSlice*>(a[0]); }

// Index checks of x[i] as Go makes them.
int64_t checked(vm::VM& vm, const vm::GoSlice& s, uint64_t i) {
    auto k = static_cast<int64_t>(i);
    if (k < 0 || k >= s.len) vm::indexOutOfRange(vm, k, s.len);
    return k;
}

template <class T>
void sliceSwap(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    int64_t i = checked(vm, s, a[1]), j = checked(vm, s, a[2]);
    std::swap(static_cast<T*>(s.data)[i], static_cast<T*>(s.data)[j]);
}
void nSliceLen(vm::VM&, uint64_t* a) { a[0] = static_cast<uint64_t>(receiver(a).len); }

void nIntSliceLess(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    int64_t i = checked(vm, s, a[1]), j = checked(vm, s, a[2]);
    a[0] = IntsData{static_cast<int64_t*>(s.data)}.less(i, j);
}
void nFloat64SliceLess(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    int64_t i = checked(vm, s, a[1]), j = checked(vm, s, a[2]);
    a[0] = Float64sData{static_cast<double*>(s.data)}.less(i, j);
}
void nStringSliceLess(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    int64_t i = checked(vm, s, a[1]), j = checked(vm, s, a[2]);
    a[0] = StringsData{static_cast<vm::GoString*>(s.data)}.less(i, j);
}
void nIntSliceSort(vm::VM&, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    auto d = IntsData{static_cast<int64_t*>(s.data)};
    if (s.len > 1) sortAll(d, s.len);
}
void nFloat64SliceSort(vm::VM&, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    auto d = Float64sData{static_cast<double*>(s.data)};
    if (s.len > 1) sortAll(d, s.len);
}
void nStringSliceSort(vm::VM&, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    auto d = StringsData{static_cast<vm::GoString*>(s.data)};
    if (s.len > 1) sortAll(d, s.len);
}
// Search(x) int: the first element >= x
void nIntSliceSearch(vm::VM&, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    auto x = static_cast<int64_t>(a[1]);
    const auto* p = static_cast<const int64_t*>(s.data);
    a[0] = static_cast<uint64_t>(search(s.len, [&](int64_t i) { return p[i] >= x; }));
}
void nFloat64SliceSearch(vm::VM&, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    double x;
    std::memcpy(&x, a + 1, sizeof x);
    const auto* p = static_cast<const double*>(s.data);
    a[0] = static_cast<uint64_t>(search(s.len, [&](int64_t i) { return p[i] >= x; }));
}
void nStringSliceSearch(vm::VM&, uint64_t* a) {
    vm::GoSlice s = receiver(a);
    std::string_view x = stringArg(a, 1);
    const auto* p = static_cast<const vm::GoString*>(s.data);
    a[0] = static_cast<uint64_t>(search(s.len, [&](int64_t i) { return p[i].view() >= x; }));
}

}  // namespace

void declareInterface(PackageBuilder& b) {
    auto& tt = b.types();
    vm::Program& program = b.program();
    types::Type* intT = b.basic(Kind::Int);
    types::Type* boolT = b.basic(Kind::Bool);
    types::Func* lenSig = tt.func({}, {intT}, false);
    types::Func* lessSig = tt.func({intT, intT}, {boolT}, false);
    types::Func* swapSig = tt.func({intT, intT}, {}, false);

    types::Named* iface = tt.named("Interface", "sort");
    tt.setUnderlying(iface, tt.interfaceType({{"Len", lenSig}, {"Less", lessSig}, {"Swap", swapSig}}));
    b.typeName("Interface", iface);

    types::Named* reverse = tt.named("reverse", "sort");
    tt.setUnderlying(reverse, tt.structType({{"Interface", iface, 0, true, ""}}));
    b.method(reverse, "Len", lenSig, true, nReverseLen);
    b.method(reverse, "Less", lessSig, true, nReverseLess);
    b.method(reverse, "Swap", swapSig, true, nReverseSwap);
    program.libraryTypes["sort.reverse"] = tt.pointer(reverse);

    struct SliceType {
        const char* name;
        types::Type* elem;
        vm::NativeFn less, swap, sort, search;
    };
    const SliceType slices[] = {
        {"IntSlice", intT, nIntSliceLess, sliceSwap<int64_t>, nIntSliceSort, nIntSliceSearch},
        {"Float64Slice", b.basic(Kind::Float64), nFloat64SliceLess, sliceSwap<double>, nFloat64SliceSort,
         nFloat64SliceSearch},
        {"StringSlice", b.basic(Kind::String), nStringSliceLess, sliceSwap<vm::GoString>, nStringSliceSort,
         nStringSliceSearch},
    };
    for (const SliceType& st : slices) {
        types::Named* t = tt.named(st.name, "sort");
        tt.setUnderlying(t, tt.slice(st.elem));
        b.method(t, "Len", lenSig, false, nSliceLen);
        b.method(t, "Less", lessSig, false, st.less);
        b.method(t, "Swap", swapSig, false, st.swap);
        b.method(t, "Sort", tt.func({}, {}, false), false, st.sort);
        b.method(t, "Search", tt.func({st.elem}, {intT}, false), false, st.search);
        program.libraryTypes[std::string("sort.") + st.name] = t;
        b.typeName(st.name, t);
    }

    b.func("Sort", tt.func({iface}, {}, false), nSort);
    b.func("Stable", tt.func({iface}, {}, false), nStable);
    b.func("IsSorted", tt.func({iface}, {boolT}, false), nIsSorted);
    b.func("Reverse", tt.func({iface}, {iface}, false), nReverse);
}

}  // namespace gos::stdlib::sorting
