// The files the importer reads, for the file picker (apart from the importer, which loads on first use).
export const IMPORT_ACCEPT = '.json,.svg,.png,.vsdx,.drawio,.xml,application/json,image/svg+xml,image/png';
