package com.creditdesk.logic.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Encrypts what the store writes and decrypts what it reads. */
public interface FileCipher {

    OutputStream encrypting(OutputStream out) throws IOException;

    InputStream decrypting(InputStream in) throws IOException;
}
