/* ui.h - the terminal game: what the play commands (mandate, mandate new,
 * mandate load) and the bench call. No curses in this header. */
#ifndef MANDATE_UI_H
#define MANDATE_UI_H

#include <stdint.h>

/* Where the terminal game starts and with what. */
struct ui_options {
    int start;                   /* enum ui_start */
    const char *scenario;        /* NAME or FILE; NULL: the default */
    const char *seats;           /* "ID[,ID...]" or numbers from 1; NULL: seat 1 (all with hotseat) */
    int hotseat;                 /* every listed (or every) seat is human */
    int have_seed;
    uint64_t seed;
    const char *load;            /* UI_LOAD: the save file */
    const char *save_dir;        /* --save-dir, or NULL */
};

enum ui_start { UI_TITLE, UI_NEW, UI_LOAD };

/* Runs the terminal game; returns the exit status. Prints one line on
 * stderr and returns 1 when there is no usable terminal. */
int ui_main(const struct ui_options *o);

/* Measures the terminal game at 80x24 against a counting output file and
 * prints the figures on stdout (what `make bench` shows). 0 on success. */
int ui_bench(void);

#endif
