// Package sort: sorting and searching slices.
//
// Ints, Float64s and Strings sort in C++ with the comparisons of Go's
// IntSlice, Float64Slice and StringSlice; Slice, SliceStable and
// SliceIsSorted call a less func written in Go for each comparison, and
// Search and Find call their predicate the same way. All of them run Go's
// own algorithms (pdqsort.h, stable.h, and Go's binary search), so the
// results, the order of equal elements, and the sequence of calls a Go
// func observes are Go's. sort.Interface and the types implementing it are
// in interface.cpp.
//
// sort.Slice takes its slice as an interface, as Go's does through
// reflection: anything that is not a slice makes it panic as Go's
// reflect.Swapper panics ("reflect: call of Swapper on int Value").
//
// A func called back may move the VM stack: the natives copy their
// arguments out first and write results through ResultSlots.
#include "stdlib/errors/errors.h"
#include "stdlib/sort/data.h"
#include "stdlib/sort/pdqsort.h"
#include "stdlib/sort/stable.h"

namespace gos::stdlib {

using types::Kind;

namespace sorting {

namespace {

// reflect.Kind's name for the dynamic type of an interface ("zero" for nil).
std::string kindName(types::Type* t) {
    if (!t) return "zero";
    types::Type* u = types::underlying(t);
    switch (u->kind) {
        case Kind::Array: return "array";
        case Kind::Slice: return "slice";
        case Kind::Struct: return "struct";
        case Kind::Pointer: return "ptr";
        case Kind::Func: return "func";
        case Kind::Interface: return "interface";
        case Kind::Map: return "map";
        case Kind::Chan: return "chan";
        case Kind::UnsafePointer: return "unsafe.Pointer";
        default: return types::typeString(u);
    }
}

// panic(&reflectlite.ValueError{method, kind})
[[noreturn]] void valueError(vm::VM& vm, const char* method, types::Type* t) {
    std::string kind = kindName(t);
    std::string text = "reflect: call of " + std::string(method) + " on " + kind + " Value";
    vm.panicWith(makeError(vm, "reflectlite.ValueError", text));
}

// The slice in x (an interface): its header and element size.
vm::GoSlice sliceIn(vm::VM& vm, const vm::Iface& x, int64_t& elemSize) {
    if (!x.type || types::underlying(x.type)->kind != Kind::Slice) valueError(vm, "Swapper", x.type);
    elemSize = static_cast<types::Slice*>(types::underlying(x.type))->elem->size;
    return *static_cast<const vm::GoSlice*>(x.data);
}

// reflect's Len of x, for SliceIsSorted.
int64_t lengthOf(vm::VM& vm, const vm::Iface& x) {
    types::Type* u = x.type ? types::underlying(x.type) : nullptr;
    if (u && u->kind == Kind::Slice) return static_cast<const vm::GoSlice*>(x.data)->len;
    if (u && u->kind == Kind::String) return static_cast<const vm::GoString*>(x.data)->len;
    if (u && u->kind == Kind::Array) return static_cast<types::Array*>(u)->len;
    valueError(vm, "reflect.Value.Len", x.type);
}

const vm::Closure* funcArg(const uint64_t* a, int slot) { return reinterpret_cast<const vm::Closure*>(a[slot]); }

// ---- sorting slices of basic types ---------------------------------------------

// Data whose sort is charged as it goes (pdqsort's progress): a step for
// each element of each range partitioned, about a step a comparison.
template <class Data>
struct Charged : Data {
    vm::VM* vm;
    void progress(int64_t n) { vm->chargeSteps(static_cast<uint64_t>(n)); }
};

// Go's Sort: nothing to do for fewer than two elements.
template <class Data>
void sortSlice(vm::VM& vm, Data d, int64_t n) {
    if (n <= 1) return;
    Charged<Data> charged{d, &vm};
    sortAll(charged, n);
}

template <class Data>
bool isSorted(vm::VM& vm, Data d, int64_t n) {
    vm.chargeSteps(static_cast<uint64_t>(n > 0 ? n : 0));
    for (int64_t i = n - 1; i > 0; --i)
        if (d.less(i, i - 1)) return false;
    return true;
}

void nInts(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = sliceArg(a, 0);
    sortSlice(vm, IntsData{static_cast<int64_t*>(s.data)}, s.len);
}
void nFloat64s(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = sliceArg(a, 0);
    sortSlice(vm, Float64sData{static_cast<double*>(s.data)}, s.len);
}
void nStrings(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = sliceArg(a, 0);
    sortSlice(vm, StringsData{static_cast<vm::GoString*>(s.data)}, s.len);
}
void nIntsAreSorted(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = sliceArg(a, 0);
    a[0] = isSorted(vm, IntsData{static_cast<int64_t*>(s.data)}, s.len);
}
void nFloat64sAreSorted(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = sliceArg(a, 0);
    a[0] = isSorted(vm, Float64sData{static_cast<double*>(s.data)}, s.len);
}
void nStringsAreSorted(vm::VM& vm, uint64_t* a) {
    vm::GoSlice s = sliceArg(a, 0);
    a[0] = isSorted(vm, StringsData{static_cast<vm::GoString*>(s.data)}, s.len);
}

// ---- searching slices of basic types ---------------------------------------------

// SearchInts(a []int, x int) int
void nSearchInts(vm::VM&, uint64_t* a) {
    vm::GoSlice s = sliceArg(a, 0);
    auto x = static_cast<int64_t>(a[3]);
    const auto* p = static_cast<const int64_t*>(s.data);
    a[0] = static_cast<uint64_t>(search(s.len, [&](int64_t i) { return p[i] >= x; }));
}
// SearchFloat64s(a []float64, x float64) int
void nSearchFloat64s(vm::VM&, uint64_t* a) {
    vm::GoSlice s = sliceArg(a, 0);
    double x;
    std::memcpy(&x, a + 3, sizeof x);
    const auto* p = static_cast<const double*>(s.data);
    a[0] = static_cast<uint64_t>(search(s.len, [&](int64_t i) { return p[i] >= x; }));
}
// SearchStrings(a []string, x string) int
void nSearchStrings(vm::VM&, uint64_t* a) {
    vm::GoSlice s = sliceArg(a, 0);
    std::string_view x = stringArg(a, 3);
    const auto* p = static_cast<const vm::GoString*>(s.data);
    a[0] = static_cast<uint64_t>(search(s.len, [&](int64_t i) { return p[i].view() >= x; }));
}

// ---- with funcs written in Go ------------------------------------------------------

// Slice(x any, less func(i, j int) bool)
void nSlice(vm::VM& vm, uint64_t* a) {
    vm::Iface x = ifaceArg(a, 0);
    const vm::Closure* less = funcArg(a, 2);
    int64_t elemSize;
    vm::GoSlice s = sliceIn(vm, x, elemSize);
    FuncData d(vm, less, s, elemSize);
    sortAll(d, s.len);
}
// SliceStable(x any, less func(i, j int) bool)
void nSliceStable(vm::VM& vm, uint64_t* a) {
    vm::Iface x = ifaceArg(a, 0);
    const vm::Closure* less = funcArg(a, 2);
    int64_t elemSize;
    vm::GoSlice s = sliceIn(vm, x, elemSize);
    FuncData d(vm, less, s, elemSize);
    stableSort(d, s.len);
}
// SliceIsSorted(x any, less func(i, j int) bool) bool
void nSliceIsSorted(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    vm::Iface x = ifaceArg(a, 0);
    const vm::Closure* less = funcArg(a, 2);
    int64_t n = lengthOf(vm, x);
    uint64_t args[2], result[1];
    bool sorted = true;
    for (int64_t i = n - 1; i > 0 && sorted; --i) {
        args[0] = static_cast<uint64_t>(i);
        args[1] = static_cast<uint64_t>(i - 1);
        vm.call(less, args, result);
        sorted = (result[0] & 0xFF) == 0;
    }
    results.get(vm)[0] = sorted;
}
// Search(n int, f func(int) bool) int
void nSearch(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    auto n = static_cast<int64_t>(a[0]);
    const vm::Closure* f = funcArg(a, 1);
    uint64_t args[1], result[1];
    int64_t i = search(n, [&](int64_t h) {
        args[0] = static_cast<uint64_t>(h);
        vm.call(f, args, result);
        return (result[0] & 0xFF) != 0;
    });
    results.get(vm)[0] = static_cast<uint64_t>(i);
}
// Find(n int, cmp func(int) int) (i int, found bool)
void nFind(vm::VM& vm, uint64_t* a) {
    ResultSlots results(vm, a);
    auto n = static_cast<int64_t>(a[0]);
    const vm::Closure* cmp = funcArg(a, 1);
    uint64_t args[1], result[1];
    auto compare = [&](int64_t h) {
        args[0] = static_cast<uint64_t>(h);
        vm.call(cmp, args, result);
        return static_cast<int64_t>(result[0]);
    };
    int64_t i = search(n, [&](int64_t h) { return compare(h) <= 0; });
    bool found = i < n && compare(i) == 0;
    uint64_t* out = results.get(vm);
    out[0] = static_cast<uint64_t>(i);
    out[1] = found;
}

}  // namespace

void declareSliceFunctions(PackageBuilder& b) {
    auto& tt = b.types();
    types::Type* intT = b.basic(Kind::Int);
    types::Type* boolT = b.basic(Kind::Bool);
    types::Type* f64 = b.basic(Kind::Float64);
    types::Type* s = b.basic(Kind::String);
    types::Type* ints = tt.slice(intT);
    types::Type* floats = tt.slice(f64);
    types::Type* strs = tt.slice(s);
    types::Type* any = tt.emptyInterface();
    types::Type* lessFunc = tt.func({intT, intT}, {boolT}, false);

    declareErrorType(b, "reflectlite", "ValueError", b.program());

    b.func("Ints", tt.func({ints}, {}, false), nInts);
    b.func("Float64s", tt.func({floats}, {}, false), nFloat64s);
    b.func("Strings", tt.func({strs}, {}, false), nStrings);
    b.func("IntsAreSorted", tt.func({ints}, {boolT}, false), nIntsAreSorted);
    b.func("Float64sAreSorted", tt.func({floats}, {boolT}, false), nFloat64sAreSorted);
    b.func("StringsAreSorted", tt.func({strs}, {boolT}, false), nStringsAreSorted);
    b.func("SearchInts", tt.func({ints, intT}, {intT}, false), nSearchInts);
    b.func("SearchFloat64s", tt.func({floats, f64}, {intT}, false), nSearchFloat64s);
    b.func("SearchStrings", tt.func({strs, s}, {intT}, false), nSearchStrings);
    b.func("Slice", tt.func({any, lessFunc}, {}, false), nSlice);
    b.func("SliceStable", tt.func({any, lessFunc}, {}, false), nSliceStable);
    b.func("SliceIsSorted", tt.func({any, lessFunc}, {boolT}, false), nSliceIsSorted);
    b.func("Search", tt.func({intT, tt.func({intT}, {boolT}, false)}, {intT}, false), nSearch);
    b.func("Find", tt.func({intT, tt.func({intT}, {intT}, false)}, {intT, boolT}, false), nFind);
}

}  // namespace sorting

void declareSort(PackageBuilder& b) {
    sorting::declareSliceFunctions(b);
    sorting::declareInterface(b);
}

}  // namespace gos::stdlib
