// Abuses: a file holding nothing but this comment.
