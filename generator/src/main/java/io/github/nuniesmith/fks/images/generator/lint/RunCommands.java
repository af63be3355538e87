package io.github.nuniesmith.fks.images.generator.lint;

import io.github.nuniesmith.fks.images.dsl.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on the commands of rendered RUNs, where a shell step can do what the typed steps never do:
 * FKS004 unchecked downloads (of ADD: {@link FileCopies}), FKS006 pip's cache, FKS007 the apt block, FKS022 a
 * second package index, FKS030 two downloaders in one stage. Which programs run comes from {@link CommandNames}, so
 * an apt package or a file named curl is no download; the flags of a command are matched in its text.
 */
final class RunCommands implements Check {
  private static final Pattern PIP_INSTALL = Pattern.compile("\\bpip3?\\s+install\\b");
  private static final Pattern PIP_CACHE_MOUNT = Pattern.compile("--mount=type=cache,[^ ]*target=[^ ,]*\\.cache/pip");
  private static final Pattern APT_INSTALL = Pattern.compile("\\bapt-get\\s+(-\\S+\\s+)*install\\b");
  private static final Pattern YES = Pattern.compile("\\s(-y|--yes|--assume-yes|-qq)\\b");
  private static final Pattern APT_LIST_MOUNT = Pattern.compile("--mount=type=cache,[^ ]*target=/var/lib/apt[,/ ]");

  @Override
  public void check(LintSubject subject, Findings findings) {
    Set<String> curlStages = new HashSet<>();
    Set<String> wgetStages = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (RenderedDockerfile.Line line : subject.dockerfile().instructions()) {
      String text = line.text();
      if (!line.keyword().equals("RUN")) {
        continue;
      }
      List<String> commands = line.commands();
      boolean curl = commands.contains("curl");
      boolean wget = commands.contains("wget");
      if ((curl || wget) && !commands.contains("sha256sum")) {
        findings.add(Rule.FKS004, line, line.origin(), "downloads with " + (curl ? "curl" : "wget")
            + " without checking a sha256, so a changed download goes unnoticed: use a SourceBuild (ADD"
            + " --checksum), or check the file with sha256sum --strict --check in the same RUN, or suppress FKS004"
            + " saying how the download is checked");
      }
      if (curl) {
        curlStages.add(line.stage());
      }
      if (wget) {
        wgetStages.add(line.stage());
      }
      if (curlStages.contains(line.stage()) && wgetStages.contains(line.stage()) && reported.add(line.stage())) {
        findings.add(Rule.FKS030, line, line.origin(), "makes stage " + line.stage() + " use both curl and wget:"
            + " keep one of them, or use ADD --checksum through a SourceBuild");
      }
      pip(line, findings);
      apt(line, commands, findings);
      if (text.contains("--extra-index-url")) {
        findings.add(Rule.FKS022, line, line.origin(), "uses --extra-index-url, which lets a package of the"
            + " same name on the other index shadow yours (dependency confusion, CVE-2018-20225): read from one"
            + " index, with a PipInstall's index(...), or suppress FKS022 saying why the extra index is safe");
      }
    }
  }

  private static void pip(RenderedDockerfile.Line line, Findings findings) {
    if (!line.text().contains("pip") || !line.text().contains("install") || !PIP_INSTALL.matcher(line.text()).find()) {
      return;
    }
    boolean mount = PIP_CACHE_MOUNT.matcher(line.text()).find();
    boolean noCache = line.text().contains("--no-cache-dir");
    if (mount && noCache) {
      findings.add(Rule.FKS006, line, line.origin(), "has a pip cache mount and --no-cache-dir, so pip never"
          + " uses the mount: drop --no-cache-dir");
    } else if (!mount && !noCache) {
      findings.add(Rule.FKS006, line, line.origin(), "runs pip install with neither a pip cache mount nor"
          + " --no-cache-dir, so pip's cache stays in the layer: use a PipInstall step");
    }
  }

  private static void apt(RenderedDockerfile.Line line, List<String> commands, Findings findings) {
    String text = line.text();
    List<String> problems = new ArrayList<>();
    if (commands.contains("apt")) {
      problems.add("uses apt, whose command line is not meant for scripts");
    }
    // A match starts at an apt-get: the pattern is tried from the first one, not along the mounts before it.
    int aptGet = text.indexOf("apt-get");
    boolean install = commands.contains("apt-get") && aptGet >= 0
        && APT_INSTALL.matcher(text).region(aptGet, text.length()).useTransparentBounds(true).find();
    boolean update = commands.contains("apt-get") && text.contains("apt-get update");
    if (install && !update) {
      problems.add("installs without apt-get update in the same RUN, so a cached layer's old lists are used");
    }
    if (install && !YES.matcher(text).find()) {
      problems.add("installs without -y, so apt-get waits for an answer");
    }
    if (install && !text.contains("--no-install-recommends")) {
      problems.add("installs without --no-install-recommends, so recommended packages come along");
    }
    if (update && !text.contains("rm -rf /var/lib/apt/lists") && !APT_LIST_MOUNT.matcher(text).find()) {
      problems.add("keeps apt's lists in the layer (no cache mount on /var/lib/apt, no rm -rf /var/lib/apt/lists/*)");
    }
    if (!problems.isEmpty()) {
      findings.add(Rule.FKS007, line, line.origin(), String.join("; ", problems)
          + ": use an AptInstall step, which renders the canonical block");
    }
  }
}
