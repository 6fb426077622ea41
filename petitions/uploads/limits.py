"""Limits on what a person may upload, in one place so the handler, the checker and the pages agree.

Threat model: every number here bounds work an anonymous-looking request can make the server do —
bytes written to disk, bytes decompressed, directory entries walked. Each limit is far above what a
real court document needs and far below what would hurt the web process.
"""

from typing import Final

#: The court's rule: a file of exactly 20 MiB is accepted; one byte more is refused.
MAX_FILE_BYTES: Final = 20 * 1024 * 1024

#: What a multipart request may carry besides the files themselves: for each file its boundary
#: and part headers (a long Cyrillic file name, percent-encoded, is a few KB), and for the whole
#: request the other form fields (CSRF token, a description). Used only to refuse a request by its
#: ``Content-Length`` before reading it, so generous is safe: the handler still counts every byte.
MULTIPART_OVERHEAD_PER_FILE: Final = 16 * 1024
MULTIPART_OVERHEAD_PER_REQUEST: Final = 64 * 1024

# --- Archives (DOCX, XLSX, ODT are ZIP files) ---------------------------------------------------

#: A long Word document has a few dozen parts; a workbook with many sheets, a few hundred.
MAX_ARCHIVE_ENTRIES: Final = 2_000

#: The central directory is about 100 bytes an entry; this leaves room for long names.
MAX_CENTRAL_DIRECTORY_BYTES: Final = 1024 * 1024

#: Total uncompressed size declared by all entries. Office XML compresses about 10:1, so a
#: 20 MiB document is about 200 MiB of XML at most.
MAX_ARCHIVE_UNCOMPRESSED_BYTES: Final = 200 * 1024 * 1024

#: Largest uncompressed/compressed ratio of one entry. Real XML parts stay under 50:1; a
#: deflate bomb reaches about 1000:1. Applied only to entries above the floor below, since tiny
#: parts of repeated characters legitimately compress very well and cannot hurt anyone.
MAX_COMPRESSION_RATIO: Final = 100
COMPRESSION_RATIO_FLOOR_BYTES: Final = 1024 * 1024

#: XML parts we parse ourselves ([Content_Types].xml, META-INF/manifest.xml) are small indexes.
MAX_INDEX_PART_BYTES: Final = 1024 * 1024

#: Entries in an OLE2 (DOC, XLS) directory: a few dozen normally, hundreds with embedded objects.
MAX_COMPOUND_DIRECTORY_ENTRIES: Final = 10_000

# --- PDF and images ----------------------------------------------------------------------------

#: Objects a PDF may reach from its trailer. qpdf keeps each resolved object (about 700 bytes), so
#: this bounds the walk's memory near 35 MB; a 1,000-page Word export has about ten thousand.
MAX_PDF_OBJECTS: Final = 50_000

#: What a forked parser child (``isolation``) may use beyond the web process's own size, and for
#: how long. A 20 MiB PDF of 50,000 objects needs about 40 MB and a fraction of a second.
ISOLATED_MEMORY_BYTES: Final = 256 * 1024 * 1024
ISOLATED_CPU_SECONDS: Final = 5
ISOLATED_WALL_SECONDS: Final = 10.0

#: The tail read to find the final ``%%EOF`` (and a ZIP end record with its longest comment).
PDF_TAIL_BYTES: Final = 64 * 1024 + 22

#: Pixels an image may have: a colour A4 page scanned at 600 dpi is about 35 million.
MAX_IMAGE_PIXELS: Final = 100_000_000

# --- Plain text ---------------------------------------------------------------------------------

#: Bytes read per step when scanning a whole file (hashing, text and PDF checks).
SCAN_CHUNK_BYTES: Final = 64 * 1024

# --- File names ---------------------------------------------------------------------------------

#: Kept length of a sanitised name, extension included: at most this many characters and this
#: many bytes of UTF-8 (any file system takes 255; a Cyrillic name of 120 letters is 240 bytes).
MAX_NAME_CHARS: Final = 120
MAX_NAME_BYTES: Final = 240

#: A client-supplied name longer than this cannot come from a real file system; refuse it.
MAX_ORIGINAL_NAME_CHARS: Final = 1024
