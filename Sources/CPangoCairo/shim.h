/*
 * CPangoCairo shim: cairo (with its PDF surface) and pango's cairo back end, which the PDF report
 * typesets with. Pango shapes the text (CJK included) through HarfBuzz and falls back between the
 * fonts fontconfig knows; cairo embeds and subsets the fonts it draws.
 */
#ifndef MOLDRISK_CPANGOCAIRO_SHIM_H
#define MOLDRISK_CPANGOCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

/* PANGO_SCALE is a macro Swift imports as an Int32 constant already; these keep the units explicit. */
static inline int moldrisk_pango_units(double points) { return pango_units_from_double(points); }

#endif
