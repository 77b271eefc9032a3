package org.nianbao;

/** Entry point: placeholder until the CLI lands. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        System.out.println("nianbao");
    }
}
