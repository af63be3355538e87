package io.github.nuniesmith.fks.images.dsl;

import java.util.regex.Pattern;

/**
 * A conda channel: a name on anaconda.org such as {@code conda-forge}, or an https URL.
 *
 * @param value the name or URL, passed to {@code --channel}
 */
public record CondaChannel(String value) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern URL = Pattern.compile("https://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?");

  /** The community channel, conda-forge. */
  public static final CondaChannel CONDA_FORGE = new CondaChannel("conda-forge");

  /** Validates the name or URL. */
  public CondaChannel {
    Checks.text(value, "conda channel");
    if (value.startsWith("https://")) {
      Checks.httpsUrl(value, URL, "conda channel", "use an https URL without query or spaces");
    } else {
      Checks.matches(value, NAME, "conda channel",
          "use a channel name such as conda-forge (lowercase letters, digits, . _ -) or an https URL");
    }
  }

  /** The channel {@code nameOrUrl}. */
  public static CondaChannel of(String nameOrUrl) {
    return new CondaChannel(nameOrUrl);
  }

  @Override
  public String toString() {
    return value;
  }
}
