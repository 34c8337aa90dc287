/// The source of Apus's pause program: the first process of every pod sandbox. It holds the
/// pod's namespaces open, reaps orphaned children (it is PID 1 when the pod shares its PID
/// namespace) and exits cleanly on SIGTERM or SIGINT. Compiled with `gcc -static`.
enum PauseProgram {
    static let source = #"""
    #include <signal.h>
    #include <string.h>
    #include <sys/wait.h>
    #include <unistd.h>

    static void stop(int signal) {
        (void)signal;
        _exit(0);
    }

    static void reap(int signal) {
        (void)signal;
        while (waitpid(-1, 0, WNOHANG) > 0) {
        }
    }

    static void handle(int signal, void (*handler)(int), int flags) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = handler;
        action.sa_flags = flags;
        sigemptyset(&action.sa_mask);
        sigaction(signal, &action, 0);
    }

    int main(int argc, char **argv) {
        if (argc > 1 && strcmp(argv[1], "-v") == 0) {
            static const char version[] = "apus-pause 1.0\n";
            write(1, version, sizeof version - 1);
            return 0;
        }
        handle(SIGTERM, stop, 0);
        handle(SIGINT, stop, 0);
        handle(SIGCHLD, reap, SA_NOCLDSTOP | SA_RESTART);
        for (;;) {
            pause();
        }
    }
    """#
}
