/*
 * CRsvg shim: librsvg, which draws the report's SVG charts as vectors onto the PDF's cairo
 * surface (rsvg_handle_new_from_data + rsvg_handle_render_document).
 */
#ifndef MOLDRISK_CRSVG_SHIM_H
#define MOLDRISK_CRSVG_SHIM_H

#include <librsvg/rsvg.h>

#endif
