/* A host embedding gos through its C API: runs the script named on the
 * command line, stopping it after a million steps. */
#include <gos/gos.h>
#include <stdio.h>

static void write_out(void* context, const char* data, size_t length) {
    fwrite(data, 1, length, (FILE*)context);
}

int main(int argc, char** argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: %s SCRIPT\n", argv[0]);
        return 2;
    }
    gos_config* cfg = gos_config_new();
    gos_config_set_stdout(cfg, write_out, stdout);
    gos_config_set_stderr(cfg, write_out, stderr);
    gos_config_set_args(cfg, argc - 1, (const char* const*)argv + 1);
    gos_config_set_max_steps(cfg, 1000000);
    gos_runtime* rt = gos_runtime_new(cfg);
    gos_config_free(cfg);

    gos_script* script = NULL;
    gos_result* r = gos_compile_file(rt, argv[1], &script);
    if (gos_result_kind(r) == GOS_OK) {
        gos_result_free(r);
        r = gos_run(rt, script);
    }
    int status = gos_result_exit_status(r);
    if (gos_result_kind(r) != GOS_OK) printf("%s: %s\n", argv[1], gos_result_message(r));
    gos_result_free(r);
    gos_script_free(script);
    gos_runtime_free(rt);
    return status;
}
