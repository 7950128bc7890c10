/* userdir.h - a user's own folders for an installed Mandate, after the XDG
 * Base Directory specification: data (saves) under $XDG_DATA_HOME, settings
 * under $XDG_CONFIG_HOME, each in a "mandate" folder. */
#ifndef MANDATE_DATA_USERDIR_H
#define MANDATE_DATA_USERDIR_H

#include <stddef.h>

/* $XDG_DATA_HOME/mandate/SUB into out[0..n) ($XDG_DATA_HOME unset, empty
 * or relative: $HOME/.local/share; SUB NULL or "": the mandate folder
 * itself). 1 on success; 0 when no home is known or the path does not fit
 * (out is then ""). Nothing is created. */
int userdir_data(const char *sub, char *out, size_t n);

/* The same under $XDG_CONFIG_HOME (default $HOME/.config): where settings
 * belong. */
int userdir_config(const char *sub, char *out, size_t n);

#endif
