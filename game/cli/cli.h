/* cli.h - the subcommands of the mandate program. Each takes its own
 * arguments (argv[0] is the subcommand's name) and returns the exit
 * status. */
#ifndef MANDATE_CLI_H
#define MANDATE_CLI_H

int cmd_validate(int argc, char **argv);
int cmd_simulate(int argc, char **argv);
int cmd_bench(int argc, char **argv);
int cmd_title(int argc, char **argv);
int cmd_new(int argc, char **argv);
int cmd_load(int argc, char **argv);
int cmd_replay(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_complete(int argc, char **argv);
int cmd_msel(int argc, char **argv);

#endif
