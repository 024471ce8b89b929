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
