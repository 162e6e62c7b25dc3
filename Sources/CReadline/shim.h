// GNU readline and history (GPL-3). Only the DeskChat frontend and the desk executable link this.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
