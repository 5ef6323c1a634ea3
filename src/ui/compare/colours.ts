/** Series colours of the comparison charts, distinct in hue and lightness, and the network median's neutral grey. */
export const SERIES_COLOURS = ['#0b5cad', '#a4262c', '#1e6b34', '#8a4b00', '#5c2d91'];
export const MEDIAN_COLOUR = '#4a535e';
