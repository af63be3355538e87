package io.github.nuniesmith.fks.images.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a snapshot records, and when it trusts a file's metadata instead of reading it. */
class FileSnapshotTest {
  /** A threshold after every file here: their metadata is trusted. */
  private static final long TRUSTED = Long.MAX_VALUE;
  /** A threshold before every file here: their metadata is not. */
  private static final long RACY = Long.MIN_VALUE;

  @TempDir Path folder;

  @Test
  void recordsEveryFileByItsSha256EveryFolderAndAnAbsentPath() throws Exception {
    Files.createDirectories(folder.resolve("a/b"));
    Files.writeString(folder.resolve("a/b/c.txt"), "abc");

    FileSnapshot snapshot = take(List.of(FileSnapshot.Root.of(folder.resolve("a")),
        FileSnapshot.Root.of(folder.resolve("gone"))), FileSnapshot.NONE, TRUSTED);

    assertThat(contents(snapshot)).containsExactly(Map.entry(path("a"), "folder"), Map.entry(path("a/b"), "folder"),
        Map.entry(path("a/b/c.txt"), "file " + ContentSeal.sha256("abc")), Map.entry(path("gone"), "absent"));
  }

  @Test
  void aFileWhoseMetadataIsUnchangedIsNotReadAgain() throws Exception {
    Path file = Files.writeString(folder.resolve("f.txt"), "one");
    FileSnapshot first = take(List.of(FileSnapshot.Root.of(folder)), FileSnapshot.NONE, TRUSTED);
    FileSnapshot.Entry entry = first.entries().get(path("f.txt"));
    // A previous snapshot that says otherwise about the content: kept, since the metadata vouches for it.
    FileSnapshot previous = new FileSnapshot(new TreeMap<>(Map.of(path("f.txt"),
        new FileSnapshot.Entry("file recorded", entry.metadata()))));

    assertThat(take(List.of(FileSnapshot.Root.of(file)), previous, TRUSTED).entries().get(path("f.txt")).content())
        .isEqualTo("file recorded");
  }

  @Test
  void aFileWithTheSameSizeAndModificationTimeButNewContentIsReadAgain() throws Exception {
    Path file = Files.writeString(folder.resolve("f.txt"), "one");
    FileTime modified = Files.getLastModifiedTime(file);
    FileSnapshot first = take(List.of(FileSnapshot.Root.of(file)), FileSnapshot.NONE, TRUSTED);
    // Written in place (the same inode) once the kernel's coarse clock has ticked: only the ctime shows it.
    Thread.sleep(50);
    Files.writeString(file, "two");
    Files.setLastModifiedTime(file, modified);

    FileSnapshot second = take(List.of(FileSnapshot.Root.of(file)), first, TRUSTED);

    assertThat(second.entries().get(path("f.txt")).content()).isEqualTo("file " + ContentSeal.sha256("two"));
    assertThat(second.sameContent(first)).isFalse();
  }

  @Test
  void aFileChangedJustBeforeTheSnapshotIsReadAgainWhateverItsMetadata() throws Exception {
    Path file = Files.writeString(folder.resolve("f.txt"), "one");
    FileSnapshot racy = take(List.of(FileSnapshot.Root.of(file)), FileSnapshot.NONE, RACY);
    FileSnapshot previous = new FileSnapshot(new TreeMap<>(Map.of(path("f.txt"),
        new FileSnapshot.Entry("file recorded", racy.entries().get(path("f.txt")).metadata()))));

    assertThat(racy.entries().get(path("f.txt")).metadata()).isEmpty();
    assertThat(racy.unsettled()).isEqualTo(1);
    assertThat(take(List.of(FileSnapshot.Root.of(file)), previous, RACY).entries().get(path("f.txt")).content())
        .isEqualTo("file " + ContentSeal.sha256("one"));
  }

  @Test
  void aReleaseJarCountsByItsSizeAndModificationTimeOnly() throws Exception {
    Path jar = Files.writeString(folder.resolve("lib-1.0.jar"), "jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000));

    FileSnapshot snapshot = take(List.of(new FileSnapshot.Root(jar, true)), FileSnapshot.NONE, TRUSTED);

    assertThat(contents(snapshot)).containsExactly(Map.entry(path("lib-1.0.jar"), "release 3 1000000000"));
  }

  @Test
  void sameContentIgnoresMetadataButNotAMissingOrAddedPath() throws Exception {
    Files.writeString(folder.resolve("f.txt"), "one");
    FileSnapshot trusted = take(List.of(FileSnapshot.Root.of(folder)), FileSnapshot.NONE, TRUSTED);
    FileSnapshot racy = take(List.of(FileSnapshot.Root.of(folder)), FileSnapshot.NONE, RACY);
    Files.writeString(folder.resolve("g.txt"), "");

    assertThat(trusted.sameContent(racy)).isTrue();
    assertThat(take(List.of(FileSnapshot.Root.of(folder)), trusted, TRUSTED).sameContent(trusted)).isFalse();
  }

  @Test
  void aSymbolicLinkGivesNoSnapshot() throws Exception {
    Files.createSymbolicLink(folder.resolve("link"), folder.resolve("elsewhere"));

    assertThat(FileSnapshot.take(List.of(FileSnapshot.Root.of(folder)), FileSnapshot.NONE)).isEmpty();
  }

  private static FileSnapshot take(List<FileSnapshot.Root> roots, FileSnapshot previous, long racy) {
    return FileSnapshot.take(roots, previous, racy).orElseThrow();
  }

  private static Map<String, String> contents(FileSnapshot snapshot) {
    Map<String, String> contents = new TreeMap<>();
    snapshot.entries().forEach((path, entry) -> contents.put(path, entry.content()));
    return contents;
  }

  private String path(String relative) {
    return (folder.toAbsolutePath().normalize() + "/" + relative).replace('\\', '/');
  }
}
