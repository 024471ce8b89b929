/* The C API, used from C: compiled as C11, linked into the unit tests. */
#include <gos/gos.h>
#include <string.h>

struct buffer {
    char text[4096];
    size_t length;
};

static void collect(void* context, const char* data, size_t length) {
    struct buffer* b = (struct buffer*)context;
    if (b->length + length >= sizeof b->text) length = sizeof b->text - 1 - b->length;
    memcpy(b->text + b->length, data, length);
    b->length += length;
    b->text[b->length] = 0;
}

/* Returns 0 when every check holds, else the number of the first that fails. */
int gos_c_api_selftest(void) {
    struct buffer out = {{0}, 0}, err = {{0}, 0};
    const char* argv[] = {"prog", "arg1"};
    gos_config* cfg = gos_config_new();
    gos_config_set_stdout(cfg, collect, &out);
    gos_config_set_stderr(cfg, collect, &err);
    gos_config_set_args(cfg, 2, argv);
    gos_config_set_max_steps(cfg, 1000000);
    gos_runtime* rt = gos_runtime_new(cfg);
    gos_config_free(cfg);
    if (!rt) return 1;

    const char* src = "fmt.Println(\"hello\", os.Args[1])\n";
    gos_script* s = NULL;
    gos_result* r = gos_compile(rt, "hello.gs", src, strlen(src), &s);
    if (gos_result_kind(r) != GOS_OK || !s) return 2;
    gos_result_free(r);
    r = gos_run(rt, s);
    if (gos_result_kind(r) != GOS_OK || gos_result_exit_status(r) != 0) return 3;
    if (strcmp(out.text, "hello arg1\n") != 0) return 4;
    gos_result_free(r);
    gos_script_free(s);

    const char* bad = "fmt.Println(1)\nfmt.Println(y)\n";
    r = gos_compile(rt, "bad.gs", bad, strlen(bad), &s);
    if (gos_result_kind(r) != GOS_COMPILE || s != NULL) return 5;
    if (gos_result_line(r) != 2 || strcmp(gos_result_file(r), "bad.gs") != 0) return 6;
    gos_result_free(r);

    const char* spin = "for {}\n";
    r = gos_compile(rt, "spin.gs", spin, strlen(spin), &s);
    gos_result_free(r);
    r = gos_run(rt, s);
    if (gos_result_kind(r) != GOS_STEP_LIMIT || gos_result_exit_status(r) != 2) return 7;
    if (strcmp(gos_result_message(r), "fatal error: instruction limit exceeded") != 0) return 8;
    gos_result_free(r);
    gos_script_free(s);

    const char* boom = "panic(\"boom\")\n";
    r = gos_compile(rt, "boom.gs", boom, strlen(boom), &s);
    gos_result_free(r);
    r = gos_run(rt, s);
    if (gos_result_kind(r) != GOS_PANIC || strcmp(gos_result_message(r), "panic: boom") != 0) return 9;
    if (strstr(gos_result_report(r), "goroutine 1 [running]:") == NULL) return 10;
    gos_result_free(r);
    gos_script_free(s);

    r = gos_run(rt, NULL);
    if (gos_result_kind(r) != GOS_BAD_ARGUMENT) return 11;
    gos_result_free(r);
    r = gos_compile_file(rt, "/nonexistent/x.gs", &s);
    if (gos_result_kind(r) != GOS_IO || s != NULL) return 12;
    gos_result_free(r);
    gos_result_free(NULL);
    gos_script_free(NULL);
    gos_runtime_free(rt);
    gos_runtime_free(NULL);
    return strlen(gos_version()) > 0 ? 0 : 13;
}

/* A host function: Lookup(sku string) (int, error). */
static const char* lookup(void* context, const gos_value* const* args, size_t nargs, gos_value** results,
                          size_t nresults) {
    int* calls = (int*)context;
    size_t length = 0;
    const char* sku = gos_value_text(args[0], &length);
    ++*calls;
    if (nargs != 1 || nresults != 2) return "wrong arity";
    if (strcmp(sku, "boom") == 0) return "the host refuses boom";
    if (strcmp(sku, "A1") == 0) {
        results[0] = gos_value_int(42);
        results[1] = gos_value_nil();
    } else {
        results[0] = gos_value_int(0);
        results[1] = gos_value_error("no such sku");
    }
    return NULL;
}

/* Values, calls into a script and a host package, from C. */
int gos_c_api_calls_selftest(void) {
    struct buffer out = {{0}, 0};
    int calls = 0;
    gos_package* pkg = gos_package_new("host/shop");
    if (gos_package_add_func(pkg, "Lookup", "func(string) (int, error)", lookup, &calls) != GOS_OK) return 1;
    if (gos_package_add_func(pkg, "Bad", "func(chan int)", lookup, &calls) != GOS_BAD_ARGUMENT) return 2;
    if (gos_package_add_func(pkg, "Bad", "func(int", lookup, &calls) != GOS_BAD_ARGUMENT) return 3;
    gos_value* max = gos_value_int(100);
    if (gos_package_add_constant(pkg, "Max", max) != GOS_OK) return 4;
    gos_value_free(max);

    gos_config* cfg = gos_config_new();
    gos_config_set_stdout(cfg, collect, &out);
    gos_config_add_package(cfg, pkg);
    gos_config_withhold_package(cfg, "os");
    gos_package_free(pkg);
    gos_runtime* rt = gos_runtime_new(cfg);
    gos_config_free(cfg);

    const char* src =
        "import \"host/shop\"\n"
        "func Total(prices map[string]float64, skus []string) (float64, int) {\n"
        "\tt := 0.0\n\tfor _, s := range skus { t += prices[s] }\n\treturn t, shop.Max\n}\n"
        "func Find(sku string) string {\n"
        "\tn, err := shop.Lookup(sku)\n\tif err != nil { return err.Error() }\n\treturn fmt.Sprint(n)\n}\n"
        "func Safe(sku string) (msg string) {\n"
        "\tdefer func() { msg = fmt.Sprint(recover()) }()\n\tshop.Lookup(sku)\n\treturn\n}\n";
    gos_script* s = NULL;
    gos_result* r = gos_compile(rt, "shop.gs", src, strlen(src), &s);
    if (gos_result_kind(r) != GOS_OK) return 5;
    gos_result_free(r);
    r = gos_run(rt, s);
    if (gos_result_kind(r) != GOS_OK) return 6;
    gos_result_free(r);

    /* Total(map[string]float64{"a": 1.5, "b": 2}, []string{"a", "b", "a"}) */
    gos_value* keys[] = {gos_value_string("a", 1), gos_value_string("b", 1)};
    gos_value* prices[] = {gos_value_float(1.5), gos_value_float(2)};
    gos_value* skus[] = {gos_value_string("a", 1), gos_value_string("b", 1), gos_value_string("a", 1)};
    gos_value* args[2];
    args[0] = gos_value_map((const gos_value* const*)keys, (const gos_value* const*)prices, 2);
    args[1] = gos_value_slice((const gos_value* const*)skus, 3);
    r = gos_call(rt, "Total", (const gos_value* const*)args, 2);
    if (gos_result_kind(r) != GOS_OK || gos_result_count(r) != 2) return 7;
    if (gos_value_to_float(gos_result_value(r, 0)) != 5.0) return 8;
    if (gos_value_to_int(gos_result_value(r, 1)) != 100) return 9;
    if (strcmp(gos_value_go_type(gos_result_value(r, 0)), "float64") != 0) return 10;
    gos_result_free(r);
    for (int k = 0; k < 2; ++k) gos_value_free(keys[k]), gos_value_free(prices[k]), gos_value_free(args[k]);
    for (int k = 0; k < 3; ++k) gos_value_free(skus[k]);

    const char* expect[][2] = {{"A1", "42"}, {"Z", "no such sku"}};
    for (int k = 0; k < 2; ++k) {
        gos_value* sku = gos_value_string(expect[k][0], strlen(expect[k][0]));
        r = gos_call(rt, "Find", (const gos_value* const*)&sku, 1);
        gos_value_free(sku);
        if (gos_result_kind(r) != GOS_OK || strcmp(gos_value_text(gos_result_value(r, 0), NULL), expect[k][1]) != 0)
            return 11;
        gos_result_free(r);
    }
    gos_value* boom = gos_value_string("boom", 4);
    r = gos_call(rt, "Safe", (const gos_value* const*)&boom, 1);
    gos_value_free(boom);
    if (gos_result_kind(r) != GOS_OK || strcmp(gos_value_text(gos_result_value(r, 0), NULL), "the host refuses boom") != 0)
        return 12;
    gos_result_free(r);
    if (calls != 3) return 13;

    r = gos_call(rt, "Nope", NULL, 0);
    if (gos_result_kind(r) != GOS_CALL) return 14;
    gos_result_free(r);
    r = gos_call(NULL, "Find", NULL, 0);
    if (gos_result_kind(r) != GOS_BAD_ARGUMENT) return 15;
    gos_result_free(r);

    /* os is withheld */
    const char* usesOs = "os.Exit(1)\n";
    gos_script* s2 = NULL;
    r = gos_compile(rt, "os.gs", usesOs, strlen(usesOs), &s2);
    if (gos_result_kind(r) != GOS_COMPILE || strstr(gos_result_message(r), "package os is not available") == NULL) return 16;
    gos_result_free(r);

    /* values read back: a struct's fields, NULL-safe accessors */
    const char* names[] = {"Name", "N"};
    gos_value* fields[] = {gos_value_string("x", 1), gos_value_int(3)};
    gos_value* st = gos_value_struct(names, (const gos_value* const*)fields, 2);
    if (gos_value_kind_of(st) != GOS_VALUE_STRUCT || gos_value_len(st) != 2) return 17;
    if (strcmp(gos_value_field_name(st, 1), "N") != 0 || gos_value_to_int(gos_value_at(st, 1)) != 3) return 18;
    if (gos_value_at(st, 5) != NULL || gos_value_kind_of(NULL) != GOS_VALUE_NIL) return 19;
    gos_value_free(st);
    gos_value_free(fields[0]);
    gos_value_free(fields[1]);
    gos_value_free(NULL);
    gos_script_free(s);
    gos_runtime_free(rt);
    return 0;
}

/* A C host's object, held by scripts through handles. */
struct counter {
    int value;
    int released;
};

static void release_counter(void* pointer) { ((struct counter*)pointer)->released++; }

/* NewCounter() *Counter: the one counter the context points to. */
static const char* new_counter(void* context, const gos_value* const* args, size_t nargs, gos_value** results,
                               size_t nresults) {
    (void)args, (void)nargs, (void)nresults;
    results[0] = gos_value_handle("host/tally.Counter", context, release_counter);
    return NULL;
}

/* (*Counter).Add(n int) int */
static const char* counter_add(void* context, const gos_value* const* args, size_t nargs, gos_value** results,
                               size_t nresults) {
    (void)context, (void)nargs, (void)nresults;
    struct counter* c = (struct counter*)gos_value_handle_pointer(args[0], "host/tally.Counter");
    if (!c) return "not a counter";
    c->value += (int)gos_value_to_int(args[1]);
    results[0] = gos_value_int(c->value);
    return NULL;
}

/* Handles from C: a package's opaque type with a method, passed both ways. */
int gos_c_api_handles_selftest(void) {
    struct counter counter = {0, 0};
    struct buffer out = {{0}, 0};
    gos_package* pkg = gos_package_new("host/tally");
    if (gos_package_add_handle_type(pkg, "Counter") != GOS_OK) return 1;
    if (gos_package_add_func(pkg, "NewCounter", "func() *Counter", new_counter, &counter) != GOS_OK) return 2;
    if (gos_package_add_method(pkg, "Counter", "Add", "func(int) int", counter_add, NULL) != GOS_OK) return 3;
    if (gos_package_add_func(pkg, "Bad", "func() *", new_counter, NULL) != GOS_BAD_ARGUMENT) return 4;
    gos_config* cfg = gos_config_new();
    gos_config_set_stdout(cfg, collect, &out);
    gos_config_add_package(cfg, pkg);
    gos_package_free(pkg);
    gos_runtime* rt = gos_runtime_new(cfg);
    gos_config_free(cfg);

    const char* src =
        "c := tally.NewCounter()\n"
        "fmt.Println(c.Add(2), c.Add(3), c == tally.NewCounter())\n"
        "func Bump(c *tally.Counter, n int) int { return c.Add(n) }\n"
        "func Get() *tally.Counter { return tally.NewCounter() }\n";
    gos_script* s = NULL;
    gos_result* r = gos_compile(rt, "tally.gs", src, strlen(src), &s);
    if (gos_result_kind(r) != GOS_OK) return 5;
    gos_result_free(r);
    r = gos_run(rt, s);
    if (gos_result_kind(r) != GOS_OK || strcmp(out.text, "2 5 true\n") != 0) return 6;
    gos_result_free(r);

    gos_value* args[2];
    args[0] = gos_value_handle("host/tally.Counter", &counter, NULL);
    args[1] = gos_value_int(10);
    r = gos_call(rt, "Bump", (const gos_value* const*)args, 2);
    if (gos_result_kind(r) != GOS_OK || gos_value_to_int(gos_result_value(r, 0)) != 15) return 7;
    gos_result_free(r);
    gos_value_free(args[0]);
    gos_value_free(args[1]);
    r = gos_call(rt, "Get", NULL, 0);
    if (gos_result_kind(r) != GOS_OK || gos_value_kind_of(gos_result_value(r, 0)) != GOS_VALUE_HANDLE) return 8;
    if (gos_value_handle_pointer(gos_result_value(r, 0), "host/tally.Counter") != &counter) return 9;
    if (gos_value_handle_pointer(gos_result_value(r, 0), "host/tally.Other") != NULL) return 10;
    if (strcmp(gos_value_go_type(gos_result_value(r, 0)), "*tally.Counter") != 0) return 11;
    gos_result_free(r);
    if (gos_value_handle(NULL, &counter, NULL) != NULL) return 12;
    gos_script_free(s);
    gos_runtime_free(rt);
    /* every handle the host function made has been released, once each */
    if (counter.released != 3) return 13;
    return 0;
}

/* A source loader serving one script; the seed and environment. */
static const char* load_one(void* context, const char* path, size_t* length) {
    const char* source = (const char*)context;
    if (strcmp(path, "one.gs") != 0) return NULL;
    *length = strlen(source);
    return source;
}

int gos_c_api_config_selftest(void) {
    const char* source =
        "m := map[int]bool{}\nfor i := 0; i < 20; i++ { m[i] = true }\n"
        "for k := range m { fmt.Print(k, \" \") }\nfmt.Println(os.Getenv(\"WHO\"))\n";
    const char* env[] = {"WHO=loader"};
    struct buffer outs[2] = {{{0}, 0}, {{0}, 0}};
    for (int k = 0; k < 2; ++k) {
        gos_config* cfg = gos_config_new();
        gos_config_set_stdout(cfg, collect, &outs[k]);
        gos_config_set_source_loader(cfg, load_one, (void*)source);
        gos_config_set_seed(cfg, 42);
        gos_config_set_environment(cfg, env, 1);
        gos_runtime* rt = gos_runtime_new(cfg);
        gos_config_free(cfg);
        gos_script* s = NULL;
        gos_result* r = gos_compile_file(rt, "one.gs", &s);
        if (gos_result_kind(r) != GOS_OK) return 1;
        gos_result_free(r);
        r = gos_run(rt, s);
        if (gos_result_kind(r) != GOS_OK) return 2;
        gos_result_free(r);
        gos_script_free(s);
        r = gos_compile_file(rt, "two.gs", &s);
        if (gos_result_kind(r) != GOS_IO || strcmp(gos_result_message(r), "cannot read two.gs: no such file") != 0)
            return 3;
        gos_result_free(r);
        gos_runtime_free(rt);
    }
    if (strstr(outs[0].text, " loader\n") == NULL) return 4;
    /* the same seed: the same map order */
    return strcmp(outs[0].text, outs[1].text) == 0 ? 0 : 5;
}

/* A session from C: inputs that build on each other, shown values, an error
 * that leaves the session as it was, and os.Exit. */
int gos_c_api_session_selftest(void) {
    struct buffer out = {{0}, 0};
    gos_config* cfg = gos_config_new();
    gos_config_set_stdout(cfg, collect, &out);
    gos_session* s = gos_session_new(cfg);
    gos_config_free(cfg);
    if (!s) return 1;
    const char* inputs[] = {"xs := []int{1, 2}", "func sum(v []int) (n int) {\n\tfor _, x := range v {\n\t\tn += x\n\t}\n\treturn\n}",
                            "xs = append(xs, 3)"};
    for (int k = 0; k < 3; ++k) {
        gos_result* r = gos_session_eval(s, inputs[k], strlen(inputs[k]));
        if (gos_result_kind(r) != GOS_OK || gos_result_shown_count(r) != 0) return 2;
        gos_result_free(r);
    }
    gos_result* r = gos_session_eval(s, "sum(xs)\nxs", strlen("sum(xs)\nxs"));
    if (gos_result_kind(r) != GOS_OK || gos_result_shown_count(r) != 2) return 3;
    if (strcmp(gos_result_shown_text(r, 0), "6") != 0 || strcmp(gos_result_shown_type(r, 0), "int") != 0) return 4;
    if (strcmp(gos_result_shown_text(r, 1), "[1 2 3]") != 0 || strcmp(gos_result_shown_type(r, 1), "[]int") != 0) return 5;
    if (strcmp(gos_result_shown_text(r, 2), "") != 0) return 6;
    gos_result_free(r);
    r = gos_session_eval(s, "xs := undefined", strlen("xs := undefined"));
    if (gos_result_kind(r) != GOS_COMPILE || gos_result_line(r) != 1 || gos_result_state_lost(r)) return 7;
    gos_result_free(r);
    r = gos_session_eval(s, "fmt.Print(len(xs))", strlen("fmt.Print(len(xs))"));
    if (gos_result_kind(r) != GOS_OK || strcmp(out.text, "3") != 0) return 8;
    gos_result_free(r);
    if (gos_session_complete("func f() {", strlen("func f() {")) != 0 || gos_session_complete("f()", strlen("f()")) != 1) return 9;
    r = gos_session_eval(s, "os.Exit(7)", strlen("os.Exit(7)"));
    if (!gos_result_state_lost(r) || gos_result_exit_status(r) != 7) return 10;
    gos_result_free(r);
    r = gos_session_eval(NULL, "1", strlen("1"));
    if (gos_result_kind(r) != GOS_BAD_ARGUMENT) return 11;
    gos_result_free(r);
    gos_session_free(s);
    return 0;
}
