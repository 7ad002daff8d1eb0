import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites jars with every entry stored (not deflated), same entries in the same order, directory
 * entries kept (Flyway finds its migrations through them). Why: the .deb is compressed with xz,
 * which packs raw class files about twice as well as it packs already deflated ones.
 *
 *   java installer/StoreJars.java A.jar B.jar ...
 */
public final class StoreJars {

    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            store(Path.of(arg));
        }
    }

    private static void store(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.setMethod(ZipOutputStream.STORED);
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry source = entries.nextElement();
                byte[] data;
                try (InputStream s = in.getInputStream(source)) {
                    data = s.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(source.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setTime(source.getTime());
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                copy.setCrc(crc.getValue());
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
